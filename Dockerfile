# The ContactSync server as a container image. Three stages: Node builds the settings page (web/), the .NET SDK publishes
# the server (without building the page again), and the ASP.NET runtime image runs it as its non-root user 'app'.
# Build from the repository root:   docker build -t contactsync .
# Run one server (SQLite in the /data volume):   docker run -p 5180:5180 -p 5181:5181 -v contactsync-data:/data contactsync
# Several servers on PostgreSQL: compose.yaml and README "Running several servers".

FROM node:22-bookworm-slim AS web
WORKDIR /src/web
COPY protos/ /src/protos/
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run generate && npm run typecheck && node build.mjs --out /out/webapp --widget-out /out/zoho-widget

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/ContactSync.Server/ContactSync.Server.csproj -c Release -o /app -p:SkipWebApp=true --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl only for the health check below (gRPC-Web health call; the image has no gRPC client).
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /data/keys && chown -R app:app /data && chmod 700 /data /data/keys
WORKDIR /app
COPY --from=build /app ./
COPY --from=web /out/webapp ./webapp/
ENV ContactSync__DataDirectory=/data \
    ContactSync__Server__Host=0.0.0.0 \
    ContactSync__Server__GrpcPort=5180 \
    ContactSync__Server__GrpcWebPort=5181
USER app
VOLUME /data
EXPOSE 5180 5181
# grpc.health.v1.Health/Check over gRPC-Web: an empty request frame; a serving server answers with the frame 08 01.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD printf '\000\000\000\000\000' | curl -sf --data-binary @- -H 'content-type: application/grpc-web+proto' \
        http://127.0.0.1:5181/grpc.health.v1.Health/Check | od -An -tx1 | tr -d ' \n' | grep -q '00000000020801' || exit 1
ENTRYPOINT ["dotnet", "ContactSync.Server.dll", "--contentRoot", "/app"]
