using ContactSync.Server.Runs.Status;
using ContactSync.Server.Access;
using ContactSync.Storage.ApiKeys;
using ContactSync.Storage.Runs;

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
        Assert.Equal(RunErrorRedaction.DuplicateMessage, seen.Message);
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
        var error = new RunErrorRecord("run_1", "Google", "people/c2", "", "MANDATORY_NOT_FOUND", "Last_Name is required", 0, DateTime.UnixEpoch) { Field = "Last_Name" };

        Assert.Same(error, Assert.Single(RunErrorRedaction.ForCaller(User, [error])));
    }

    private static RunErrorRecord Duplicate() =>
        new("run_1", "Crm", "people/c1", "copy@example.com", "DUPLICATE_DATA", "duplicate data: existing record 4150868000000999999 of Hidden Owner", 0, DateTime.UnixEpoch)
        {
            Field = "Email",
            DuplicateRecordId = "4150868000000999999",
            DuplicateOwner = "Hidden Owner",
        };
}
