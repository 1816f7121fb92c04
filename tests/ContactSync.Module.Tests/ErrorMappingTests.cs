using System.Management.Automation;
using ContactSync.Client;
using ContactSync.PowerShell.Internal;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using global::Grpc.Core;
using RpcStatus = global::Grpc.Core.Status;
using Status = Google.Rpc.Status;

namespace ContactSync.Module.Tests;

public sealed class ErrorMappingTests
{
    private static readonly Uri Server = new("http://127.0.0.1:5080");

    [Fact]
    public void FromRpc_InvalidArgumentWithBadRequest_CarriesViolationsInTheMessageAndMapsToInvalidArgument()
    {
        var status = new Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "The plan is invalid.",
            Details =
            {
                Any.Pack(new BadRequest
                {
                    FieldViolations =
                    {
                        new BadRequest.Types.FieldViolation { Field = "plan.name", Description = "A plan name is required." },
                        new BadRequest.Types.FieldViolation { Field = "plan.google_group", Description = "Use contactGroups/<id>." },
                    },
                }),
            },
        };

        var exception = ContactSyncClientException.FromRpc(status.ToRpcException(), Server, ContactSyncErrorIds.ConfigNotFound);
        var record = ErrorRecords.FromClient(exception, "target");

        Assert.Equal(ContactSyncErrorIds.InvalidArgument, exception.ErrorId);
        Assert.Equal(new[] { "plan.name", "plan.google_group" }, exception.FieldViolations.Select(v => v.Field));
        Assert.Contains("plan.name: A plan name is required.", exception.Message);
        Assert.Contains("plan.google_group: Use contactGroups/<id>.", exception.Message);
        Assert.Equal("Not valid:\n  -PlanName: A plan name is required.\n  -GoogleGroup: Use contactGroups/<id>.", record.ErrorDetails.Message.Replace("\r\n", "\n"));
        Assert.Equal("ContactSyncInvalidArgument", record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, record.CategoryInfo.Category);
        Assert.Equal("target", record.TargetObject);
        Assert.False(ErrorRecords.IsTerminating(exception.ErrorId));
    }

    [Theory]
    [InlineData(StatusCode.NotFound, "ContactSyncConfigNotFound", ErrorCategory.ObjectNotFound, false)]
    [InlineData(StatusCode.Unauthenticated, "ContactSyncUnauthenticated", ErrorCategory.AuthenticationError, true)]
    [InlineData(StatusCode.PermissionDenied, "ContactSyncPermissionDenied", ErrorCategory.PermissionDenied, false)]
    [InlineData(StatusCode.Aborted, "ContactSyncConflict", ErrorCategory.InvalidOperation, false)]
    [InlineData(StatusCode.DeadlineExceeded, "ContactSyncTimeout", ErrorCategory.OperationTimeout, false)]
    [InlineData(StatusCode.Unavailable, "ContactSyncUnavailable", ErrorCategory.ConnectionError, false)]
    [InlineData(StatusCode.Unimplemented, "ContactSyncNotSupported", ErrorCategory.NotImplemented, true)]
    [InlineData(StatusCode.ResourceExhausted, "ContactSyncResourceExhausted", ErrorCategory.LimitsExceeded, false)]
    [InlineData(StatusCode.Internal, "ContactSyncServerError", ErrorCategory.NotSpecified, false)]
    public void FromRpc_StatusCode_MapsToStableIdCategoryAndTermination(StatusCode code, string errorId, ErrorCategory category, bool terminating)
    {
        var exception = ContactSyncClientException.FromRpc(new RpcException(new RpcStatus(code, "detail")), Server, ContactSyncErrorIds.ConfigNotFound);

        Assert.Equal(errorId, exception.ErrorId);
        Assert.Equal(code, exception.StatusCode);
        Assert.Equal(category, ErrorRecords.Category(exception.ErrorId));
        Assert.Equal(terminating, ErrorRecords.IsTerminating(exception.ErrorId));
    }

    [Fact]
    public void FromRpc_UnavailableCausedByConnectionFailure_IsServerUnreachableWithAClearMessage()
    {
        var cause = new HttpRequestException("Connection refused (127.0.0.1:5080)", new System.Net.Sockets.SocketException(111));
        var rpc = new RpcException(new RpcStatus(StatusCode.Unavailable, "Error starting gRPC call.", cause));

        var exception = ContactSyncClientException.FromRpc(rpc, Server);
        var record = ErrorRecords.FromClient(exception, Server);

        Assert.Equal(ContactSyncErrorIds.ServerUnreachable, exception.ErrorId);
        Assert.StartsWith("Cannot reach the ContactSync server at http://127.0.0.1:5080/", exception.Message);
        Assert.True(ErrorRecords.IsTerminating(exception.ErrorId));
        Assert.Equal(ErrorCategory.ConnectionError, record.CategoryInfo.Category);
        Assert.Contains("Check the -Server address", record.ErrorDetails.RecommendedAction);
    }
}
