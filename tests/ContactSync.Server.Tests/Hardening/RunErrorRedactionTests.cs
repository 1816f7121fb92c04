using ContactSync.Server.Security;
using ContactSync.Storage.ApiKeys;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>Run errors shown to a user key never name a CRM record its user may not see; admin keys see every detail.</summary>
public sealed class RunErrorRedactionTests
{
    private static readonly ApiCaller User = new("userkey", ApiKeyRole.User, "4150868000000225013");
    private static readonly ApiCaller Admin = new("adminkey", ApiKeyRole.Admin, "");

    [Fact]
    public void Duplicate_ForAUserKey_LosesTheExistingRecordsIdOwnerAndWording()
    {
        var error = Duplicate();

        var seen = Assert.Single(RunErrorRedaction.ForCaller(User, [error]));

        Assert.Equal("", seen.DuplicateRecordId);
        Assert.Equal("", seen.DuplicateOwner);
        Assert.DoesNotContain("4150868000000999999", seen.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden Owner", seen.ToString(), StringComparison.Ordinal);
        Assert.Equal(("DUPLICATE_DATA", "Email", "people/c1", "copy@example.com"), (seen.Code, seen.Field, seen.RecordId, seen.Email));
        Assert.Equal("4150868000000999999", error.DuplicateRecordId);
    }

    [Fact]
    public void Duplicate_ForAnAdminKey_KeepsEveryDetail()
    {
        var error = Duplicate();

        Assert.Same(error, Assert.Single(RunErrorRedaction.ForCaller(Admin, [error])));
    }

    [Fact]
    public void OtherErrors_ForAUserKey_AreUnchanged()
    {
        var error = new Proto.RecordError { Code = "MANDATORY_NOT_FOUND", Message = "Last_Name is required", RecordId = "people/c2", Field = "Last_Name" };

        Assert.Same(error, Assert.Single(RunErrorRedaction.ForCaller(User, [error])));
    }

    private static Proto.RecordError Duplicate() => new()
    {
        Code = "DUPLICATE_DATA",
        Message = "duplicate data: existing record 4150868000000999999 of Hidden Owner",
        Side = Proto.Side.Crm,
        RecordId = "people/c1",
        Email = "copy@example.com",
        Field = "Email",
        DuplicateRecordId = "4150868000000999999",
        DuplicateOwner = "Hidden Owner",
    };
}
