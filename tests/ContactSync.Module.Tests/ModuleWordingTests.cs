using System.Security.Authentication;
using ContactSync.Client;
using ContactSync.PowerShell.Internal;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using global::Grpc.Core;
using RpcStatus = global::Grpc.Core.Status;
using Status = Google.Rpc.Status;

namespace ContactSync.Module.Tests;

/// <summary>Errors in the module's language, and the transport mistakes recognised from how a call failed.</summary>
public sealed class ModuleWordingTests
{
    private static readonly Uri Server = new("http://127.0.0.1:5181");

    [Theory]
    [InlineData("plan.conflict_winner", "-ConflictWinner")]
    [InlineData("plan.interval", "-Frequency")]
    [InlineData("plan.crm_view_id", "-CrmView")]
    [InlineData("plan.caps.later_runs", "-IncrementalCap")]
    [InlineData("plan.deletion.mass_delete_threshold", "-MassDeleteThreshold")]
    [InlineData("plan.field_mappings[3].google_field", "-FieldMap entry 4 (GoogleField)")]
    [InlineData("zoho.refresh_token", "-RefreshToken")]
    [InlineData("google.impersonated_user", "-ImpersonatedUser")]
    [InlineData("something.new", "something.new")]
    public void Parameter_FromTheViolationsFieldPath(string field, string expected) =>
        Assert.Equal(expected, ModuleWording.Parameter(field));

    [Theory]
    [InlineData("Zoho connection is not configured; call SetConnection", "Zoho connection is not configured; run Set-ContactSyncConnection")]
    [InlineData("The Zoho CRM custom view id is required (see ListCrmViews).", "The Zoho CRM custom view id is required (see Get-ContactSyncCrmView).")]
    [InlineData("enforce_one_way applies to one-way plans only.", "-EnforceOneWay applies to one-way plans only.")]
    [InlineData("near_real_time needs an interval.", "-NearRealTime needs an interval.")]
    [InlineData("unless both accounts_url and api_url are set.", "unless both -AccountsUrl and -ApiUrl are set.")]
    [InlineData("A bidirectional plan needs a conflict winner: CRM or GOOGLE.", "A bidirectional plan needs a conflict winner: Crm or Google.")]
    public void Text_RpcsFieldsAndEnumsBecomeCmdletsParametersAndModuleValues(string server, string module) =>
        Assert.Equal(module, ModuleWording.Text(server));

    [Fact]
    public void Message_OneViolation_IsOneLineNamedByItsParameterAndNotRepeated()
    {
        var exception = Invalid("Invalid request: plan.interval: The interval is absent or 0 for manual plans.", ("plan.interval", "The interval is absent or 0 for manual plans."));

        var message = ModuleWording.Message(exception);

        Assert.Equal("-Frequency: The interval is absent or 0 for manual plans.", message);
        Assert.Equal("Invalid request: plan.interval: The interval is absent or 0 for manual plans.", exception.Message);
    }

    [Fact]
    public void Message_ViolationsCappedByTheServer_SaysHowManyMore()
    {
        var exception = Invalid("Invalid request: 62 fields are invalid; the first 50 are listed, and 12 more.", ("plan.name", "A plan name is required."), ("plan.crm_user_id", "The Zoho CRM user id is required."));

        var message = ModuleWording.Message(exception).Replace("\r\n", "\n");

        Assert.Equal(12, exception.MoreViolationCount);
        Assert.Equal("Not valid:\n  -PlanName: A plan name is required.\n  -CrmUser: The Zoho CRM user id is required.\n  … and 12 more.", message);
    }

    [Fact]
    public void FromRpc_ErrorInfoBesideBadRequest_KeepsBothViolationsAndReason()
    {
        var status = new Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "Invalid request: plan.name: required",
            Details =
            {
                Any.Pack(new ErrorInfo { Reason = "PLAN_INVALID", Domain = "contactsync.v1", Metadata = { ["plan_id"] = "pln_1" } }),
                Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = "plan.name", Description = "required" } } }),
            },
        };

        var exception = ContactSyncClientException.FromRpc(status.ToRpcException(), Server);

        Assert.Equal("PLAN_INVALID", exception.Reason);
        Assert.Equal("pln_1", exception.ReasonMetadata["plan_id"]);
        Assert.Equal("-PlanName: required", ModuleWording.Message(exception));
    }

    [Fact]
    public void FromRpc_GrpcWebToTheNativePort_SaysToUseTheGrpcWebPort()
    {
        var rpc = new RpcException(new RpcStatus(StatusCode.Internal, "Bad gRPC response. HTTP status code: 400"));

        var exception = ContactSyncClientException.FromRpc(rpc, new Uri("http://127.0.0.1:5180"), transport: ContactSyncTransport.GrpcWeb);

        Assert.Equal(ContactSyncErrorIds.WrongEndpoint, exception.ErrorId);
        Assert.Contains("native gRPC (HTTP/2) port", exception.Message);
        Assert.Contains("gRPC-Web port", exception.Message);
        Assert.True(ErrorRecords.IsTerminating(exception.ErrorId));
    }

    [Fact]
    public void FromRpc_HttpsToAPlainPort_SaysTheServerHasNoTls()
    {
        var cause = new HttpRequestException("The SSL connection could not be established, see inner exception.", new AuthenticationException("Cannot determine the frame size or a corrupted frame was received."));
        var rpc = new RpcException(new RpcStatus(StatusCode.Internal, "Error starting gRPC call.", cause));

        var exception = ContactSyncClientException.FromRpc(rpc, new Uri("https://127.0.0.1:5181"), transport: ContactSyncTransport.Http2);

        Assert.Equal(ContactSyncErrorIds.WrongEndpoint, exception.ErrorId);
        Assert.StartsWith("https://127.0.0.1:5181/ does not speak TLS", exception.Message);
    }

    [Fact]
    public void FromRpc_Http404_IsNotAContactSyncServer()
    {
        var rpc = new RpcException(new RpcStatus(StatusCode.Unimplemented, "Bad gRPC response. HTTP status code: 404"));

        var exception = ContactSyncClientException.FromRpc(rpc, new Uri("http://127.0.0.1:8080"), transport: ContactSyncTransport.GrpcWeb);

        Assert.Equal(ContactSyncErrorIds.WrongEndpoint, exception.ErrorId);
        Assert.Contains("not a ContactSync server", exception.Message);
    }

    [Fact]
    public void Client_Http2OverPlainHttp_IsRefusedBeforeAnyCall()
    {
        var error = Assert.Throws<ArgumentException>(() => new ContactSyncClient(new ContactSyncClientOptions { Server = Server, Transport = ContactSyncTransport.Http2 }));

        Assert.Equal(
            "HTTP/2 (-Transport Http2) needs an https:// address: over plain http:// this client speaks only gRPC-Web. Use -Transport GrpcWeb (the default for http://) and the server's gRPC-Web port (5181 by default).",
            ErrorRecords.InvalidConnection(error, Server).ErrorDetails.Message);
    }

    private static ContactSyncClientException Invalid(string message, params (string Field, string Description)[] violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.Add(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        var status = new Status { Code = (int)Code.InvalidArgument, Message = message, Details = { Any.Pack(badRequest) } };
        return ContactSyncClientException.FromRpc(status.ToRpcException(), Server);
    }
}
