using System.Buffers.Binary;
using System.Collections.Frozen;
using System.IO.Compression;
using ContactSync.Server.Access;
using ContactSync.Server.Errors;
using ContactSync.Server.Hosting;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Requests;

/// <summary>
/// After <see cref="ApiKeyMiddleware"/>: reads the one request message of a ContactSync call (all its RPCs take one
/// message), refuses one over <see cref="LimitSettings.MaxRequestBytes"/> (<c>RESOURCE_EXHAUSTED</c>, without reading the
/// rest) and one that is not a valid message of the method's request type (<c>INVALID_ARGUMENT</c>, e.g. garbage or
/// invalid UTF-8 in a string) — as statuses with ErrorInfo and nothing in the log but one line — then hands the checked
/// bytes to the gRPC handler.
/// </summary>
internal sealed class RequestBodyGateMiddleware(RequestDelegate next, IOptions<LimitSettings> limits)
{
    private const int FrameHeader = 5;
    private static readonly FrozenDictionary<string, MessageParser> Parsers = Grpc.V1.ContactSyncReflection.Descriptor.Services
        .Single(s => s.Name == "ContactSync").Methods
        .ToFrozenDictionary(m => $"{ApiKeyMiddleware.ServicePath}/{m.Name}", m => m.InputType.Parser, StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(ApiKeyMiddleware.ServicePath, StringComparison.Ordinal)
            || !Parsers.TryGetValue(context.Request.Path.Value ?? "", out var parser))
        {
            await next(context);
            return;
        }

        var max = limits.Value.MaxRequestBytes;
        var body = await ReadBodyAsync(context, max);
        if (body is null)
        {
            await RefuseAsync(context, StatusCode.ResourceExhausted, $"The request message is larger than the server accepts ({max} bytes).", ErrorReasons.RequestTooLarge, max);
            return;
        }

        var problem = Check(body, context.Request.Headers["grpc-encoding"].ToString(), parser, max);
        if (problem is { } refusal)
        {
            await RefuseAsync(context, refusal.Code, refusal.Message, refusal.Reason, max);
            return;
        }

        context.Features.Set<IRequestBodyPipeFeature>(new BufferedRequestBody(body));
        context.Request.Body = new MemoryStream(body, writable: false);
        await next(context);
    }

    private static Task RefuseAsync(HttpContext context, StatusCode code, string message, string reason, int max) =>
        GrpcErrorResponse.WriteAsync(context, ErrorStatus.Build(code, message, reason, new Dictionary<string, string>
        {
            ["method"] = context.Request.Path.Value ?? "",
            ["max_request_bytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

    /// <summary>The whole body, or <see langword="null"/> as soon as it is known to exceed one frame of <paramref name="max"/> bytes.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, int max)
    {
        var reader = context.Request.BodyReader;
        using var buffer = new MemoryStream();
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted);
            foreach (var segment in read.Buffer)
            {
                buffer.Write(segment.Span);
            }

            reader.AdvanceTo(read.Buffer.End);
            if (buffer.Length >= FrameHeader && BinaryPrimitives.ReadUInt32BigEndian(buffer.GetBuffer().AsSpan(1, 4)) > (uint)max)
            {
                return null;
            }

            if (buffer.Length > max + FrameHeader)
            {
                return null;
            }

            if (read.IsCompleted)
            {
                await reader.CompleteAsync();
                return buffer.ToArray();
            }
        }
    }

    private static (StatusCode Code, string Message, string Reason)? Check(byte[] body, string encoding, MessageParser parser, int max)
    {
        const string undecodable = "The request is not a valid message of this method's request type";
        if (body.Length < FrameHeader || body[0] > 1 || BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4)) != body.Length - FrameHeader)
        {
            return (StatusCode.InvalidArgument, undecodable + " (one length-prefixed gRPC message is expected).", ErrorReasons.RequestUndecodable);
        }

        var payload = body.AsMemory(FrameHeader);
        try
        {
            if (body[0] == 1)
            {
                if (!TryInflate(payload, encoding, max, out var inflated))
                {
                    return (StatusCode.ResourceExhausted, $"The request message is larger than the server accepts ({max} bytes).", ErrorReasons.RequestTooLarge);
                }

                if (inflated is null)
                {
                    // An encoding this gate does not read: the gRPC handler decides (it knows the server's codecs).
                    return null;
                }

                payload = inflated;
            }

            parser.ParseFrom(payload.Span);
            return null;
        }
        catch (Exception ex) when (ex is InvalidProtocolBufferException or ArgumentException or InvalidOperationException or InvalidDataException)
        {
            // The parser's message may quote the input: never echo it.
            return (StatusCode.InvalidArgument, undecodable + " (bad protobuf or compression, or a string that is not UTF-8).", ErrorReasons.RequestUndecodable);
        }
    }

    /// <summary>
    /// Decompresses a gzip or deflate message; false when it inflates beyond <paramref name="max"/> bytes,
    /// <paramref name="bytes"/> null for another encoding. Corrupt data throws <see cref="InvalidDataException"/>.
    /// </summary>
    private static bool TryInflate(ReadOnlyMemory<byte> payload, string encoding, int max, out byte[]? bytes)
    {
        bytes = null;
        using Stream? decompressor = encoding switch
        {
            "gzip" => new GZipStream(new MemoryStream(payload.ToArray()), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(payload.ToArray()), CompressionMode.Decompress),
            _ => null,
        };
        if (decompressor is null)
        {
            return true;
        }

        using var output = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = decompressor.Read(chunk)) > 0)
        {
            output.Write(chunk, 0, n);
            if (output.Length > max)
            {
                return false;
            }
        }

        bytes = output.ToArray();
        return true;
    }
}
