using System.Diagnostics;
using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Hosting;
using Google.Protobuf;
using Google.Rpc;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>
/// A real non-.NET client with its default limits: Python grpcio (Debian's python3-grpcio) refuses trailers over its
/// 8 KB metadata limit. A request with many invalid fields must reach it as INVALID_ARGUMENT with a readable BadRequest.
/// </summary>
public sealed class GrpcioStatusTests
{
    private const string Script = """
        import binascii, sys
        import grpc
        address, key, body = sys.argv[1], sys.argv[2], binascii.unhexlify(sys.argv[3])
        with grpc.insecure_channel(address) as channel:
            configure = channel.unary_unary('/contactsync.v1.ContactSync/Configure')
            try:
                configure(body, metadata=[('authorization', 'Bearer ' + key)], timeout=120)
                print('code=OK')
            except grpc.RpcError as error:
                details = dict(error.trailing_metadata() or ()).get('grpc-status-details-bin', b'')
                print('code=' + error.code().name)
                print('details=' + binascii.hexlify(details).decode())
        """;

    [Fact]
    public async Task DefaultGrpcioClient_ReadsTheBadRequestOfAManyFieldViolation()
    {
        await using var server = await TestServer.StartAsync();
        var plan = TestPlans.Valid();
        for (var i = 0; i < 150; i++)
        {
            plan.FieldMappings.Add(new Proto.FieldMapping { CrmField = $"9Unknown_Field_{i:000}", GoogleField = $"notAField{i}[0].value" });
        }

        var body = new Proto.ConfigureRequest { Plan = plan }.ToByteArray();
        var script = Path.Combine(Path.GetTempPath(), $"cs-grpcio-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(script, Script);
        try
        {
            var output = await RunPythonAsync(script, server.Host.GrpcAddress.Authority, TestServer.AdminKey, Convert.ToHexString(body));

            Assert.Contains("code=INVALID_ARGUMENT", output, StringComparison.Ordinal);
            var hex = output.Split('\n').Single(l => l.StartsWith("details=", StringComparison.Ordinal))["details=".Length..].Trim();
            var status = Status.Parser.ParseFrom(Convert.FromHexString(hex));
            var badRequest = status.Details.Single(d => d.Is(BadRequest.Descriptor)).Unpack<BadRequest>();
            Assert.NotEmpty(badRequest.FieldViolations);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static async Task<string> RunPythonAsync(params string[] arguments)
    {
        // Debian's interpreter with python3-grpcio (installed when missing); a pyenv shim on PATH may lack it.
        var start = new ProcessStartInfo(await PythonGrpc.PathAsync()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await error;
        Assert.True(process.ExitCode == 0, "python3 with grpcio failed: " + text);
        return text;
    }
}
