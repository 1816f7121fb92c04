using System.Text.Json.Nodes;
using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators.Org;
using Google.Rpc;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Accounts;

/// <summary>Plans, connections and checks for the users of an emulated organisation (each with their own Google account).</summary>
internal static class OrgPlans
{
    /// <summary>A bidirectional plan of <paramref name="user"/> on its own "ContactSync" group; google_account left to the server.</summary>
    public static Proto.SyncPlan For(SyncEnvironment env, OrgUser user, string? name = null) => new()
    {
        Name = name ?? "Plan of " + user.Email,
        CrmUserId = user.ZohoUserId,
        Direction = Proto.SyncDirection.Bidirectional,
        ConflictWinner = Proto.ConflictWinner.Crm,
        CrmViewId = env.Emulator.Zoho.AllContactsViewId,
        GoogleGroup = user.GoogleContactSyncGroup,
        Caps = new Proto.RunCaps(),
    };

    /// <summary>Stores <paramref name="user"/>'s Google refresh token as the credential of their account.</summary>
    public static Task<Proto.SetConnectionResponse> StoreRefreshTokenAsync(SyncEnvironment env, OrgUser user)
    {
        var c = env.Emulator.Credentials;
        return env.Client.SetConnectionAsync(new Proto.SetConnectionRequest
        {
            Google = new Proto.GoogleConnection
            {
                RefreshToken = user.GoogleRefreshToken,
                Account = user.Email,
                ClientId = c.GoogleClientId,
                ClientSecret = c.GoogleClientSecret,
                TokenUrl = c.GoogleTokenUri,
                ApiUrl = env.Emulator.BaseAddress.ToString(),
            },
        }, SyncEnvironment.Auth).ResponseAsync;
    }

    /// <summary>The emails of the CRM contacts <paramref name="user"/> owns.</summary>
    public static HashSet<string> CrmEmailsOf(SyncEnvironment env, OrgUser user) => env.Emulator.Zoho.GetAllRecords()
        .Where(r => r["Owner"]?["id"]?.ToString() == user.ZohoUserId && r["Email"] is not null)
        .Select(r => r["Email"]!.ToString().ToLowerInvariant())
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The emails of the contacts in <paramref name="account"/>'s address book.</summary>
    public static HashSet<string> GoogleEmailsOf(SyncEnvironment env, string account) => env.Emulator.Google.GetAllContacts(account)
        .SelectMany(p => p["emailAddresses"] as JsonArray ?? [])
        .Select(e => e!["value"]!.ToString().ToLowerInvariant())
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>A user key of a CRM user, as call metadata.</summary>
    public static async Task<Metadata> UserKeyAsync(SyncEnvironment env, string crmUserId)
    {
        var key = await env.Client.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "user " + crmUserId, Role = Proto.ApiKeyRole.User, CrmUserId = crmUserId }, SyncEnvironment.Auth);
        return new Metadata { { "authorization", "Bearer " + key.Secret } };
    }

    /// <summary>The ErrorInfo reason of a failed call, after checking its status code.</summary>
    public static string Reason(RpcException error, StatusCode code)
    {
        Assert.Equal(code, error.StatusCode);
        return error.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason;
    }

    /// <summary>The result of a run (its stream read to the end).</summary>
    public static async Task<Proto.RunResult> RunAsync(SyncEnvironment env, string planId, Metadata? auth = null, bool dryRun = false)
    {
        using var call = env.Client.RunSync(new Proto.RunSyncRequest { PlanId = planId, Mode = Proto.RunMode.Full, DryRun = dryRun }, auth ?? SyncEnvironment.Auth);
        Proto.RunResult? result = null;
        await foreach (var item in call.ResponseStream.ReadAllAsync())
        {
            result = item.Result ?? result;
        }

        return result ?? throw new InvalidOperationException("The run stream ended without a result.");
    }
}
