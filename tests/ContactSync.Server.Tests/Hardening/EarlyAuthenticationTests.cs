using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Hosting;
using ContactSync.Testing.Logging;
using Grpc.Core;
using Grpc.Net.Client.Web;
using Microsoft.Extensions.Logging.Testing;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>The API key is checked before the request body is read; a body that cannot be decoded is INVALID_ARGUMENT.</summary>
public sealed class EarlyAuthenticationTests
{
    [Fact]
    public async Task GarbageWithoutKey_IsUnauthenticated()
    {
        await using var server = await TestServer.StartAsync();

        var error = await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => RawCalls.CallAsync(server.Invoker(null), "Configure", RawCalls.Garbage(64)));

        Assert.Equal("API_KEY_MISSING", StatusInspection.ErrorInfo(error).Reason);
    }

    [Fact]
    public async Task LargeBodyWithBadKey_IsRefusedBeforeTheBodyIsRead()
    {
        await using var server = await TestServer.StartAsync();

        var error = await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => RawCalls.CallAsync(server.Invoker("csk_nobody_0123456789abcdef0123456789abcdef"), "Configure", RawCalls.Garbage(2_000_000)));

        Assert.Equal("API_KEY_INVALID", StatusInspection.ErrorInfo(error).Reason);
    }

    [Fact]
    public async Task UndecodableBodyWithKey_IsInvalidArgument_WithoutAStackTraceInTheLog()
    {
        var logs = new FakeLogCollector();
        await using var server = await TestServer.StartAsync(logs: logs);

        var utf8 = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => RawCalls.CallAsync(server.Invoker(TestServer.AdminKey), "GetConfig", RawCalls.InvalidUtf8String()));
        var garbage = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => RawCalls.CallAsync(server.Invoker(TestServer.AdminKey), "Configure", RawCalls.Garbage(64)));

        Assert.Equal("REQUEST_UNDECODABLE", StatusInspection.ErrorInfo(utf8).Reason);
        Assert.Equal("REQUEST_UNDECODABLE", StatusInspection.ErrorInfo(garbage).Reason);
        Assert.DoesNotContain(logs.Lines(), e => e.Contains("   at ", StringComparison.Ordinal) || e.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TooLargeBodyWithKey_IsResourceExhaustedWithErrorInfo()
    {
        await using var server = await TestServer.StartAsync();
        var body = new byte[1_500_000];
        body[0] = 0x0A;

        var error = await RpcAssert.FailsWith(StatusCode.ResourceExhausted, () => RawCalls.CallAsync(server.Invoker(TestServer.AdminKey), "GetConfig", body));

        Assert.Equal("REQUEST_TOO_LARGE", StatusInspection.ErrorInfo(error).Reason);
    }

    [Fact]
    public async Task GrpcWeb_WithoutKey_IsUnauthenticatedWithErrorInfo()
    {
        await using var server = await TestServer.StartAsync();
        using var channel = GrpcWebChannels.OverHttp11(server.Host.GrpcWebAddress, GrpcWebMode.GrpcWebText);
        var client = new Proto.ContactSync.ContactSyncClient(channel);

        var error = await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await client.ListConfigsAsync(new Proto.ListConfigsRequest()));
        var invalid = await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () =>
            await client.ListConfigsAsync(new Proto.ListConfigsRequest(), new Metadata { { "authorization", "Bearer csk_x_y" } }));

        Assert.Equal("API_KEY_MISSING", StatusInspection.ErrorInfo(error).Reason);
        Assert.Equal("API_KEY_INVALID", StatusInspection.ErrorInfo(invalid).Reason);
        var listed = await client.ListConfigsAsync(new Proto.ListConfigsRequest(), new Metadata { { "authorization", "Bearer " + TestServer.AdminKey } });
        Assert.NotNull(listed);
    }
}
