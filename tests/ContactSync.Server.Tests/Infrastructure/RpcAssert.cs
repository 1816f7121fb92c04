using Google.Rpc;
using Grpc.Core;

namespace ContactSync.Server.Tests.Infrastructure;

/// <summary>Assertions on gRPC failures.</summary>
public static class RpcAssert
{
    public static async Task<RpcException> FailsWith(StatusCode code, Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(code == ex.StatusCode, $"Expected {code}, got {ex.StatusCode}: {ex.Status.Detail}");
        return ex;
    }

    /// <summary>Asserts InvalidArgument with BadRequest field violations and returns the violated field paths.</summary>
    public static async Task<IReadOnlyList<string>> FailsValidation(Func<Task> call)
    {
        var ex = await FailsWith(StatusCode.InvalidArgument, call);
        var status = ex.GetRpcStatus();
        Assert.NotNull(status);
        Assert.Equal((int)Code.InvalidArgument, status.Code);
        var badRequest = status.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        Assert.NotEmpty(badRequest.FieldViolations);
        Assert.All(badRequest.FieldViolations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
        return badRequest.FieldViolations.Select(v => v.Field).ToList();
    }
}
