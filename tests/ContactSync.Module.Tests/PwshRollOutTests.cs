using ContactSync.Emulators;
using ContactSync.Emulators.Org;
using ContactSync.Module.Tests.Infrastructure;

namespace ContactSync.Module.Tests;

/// <summary>
/// The roll-out in the real pwsh 7: Get-ContactSyncCrmUser -Role … | Set-ContactSyncConfig -Template … with -WhatIf (the
/// plans it would create as what-if lines, the user without permission as an error, nothing stored) and for real; the
/// Google account in the tables and -GoogleAccount with completion. The emulators show the groups created per account.
/// </summary>
public sealed class PwshRollOutTests
{
    [Fact]
    public async Task RollOutFromTheCrmUserPicker_WhatIfThenForReal_EachUserOnTheirOwnAccount()
    {
        await using var env = await LiveEnvironment.StartAsync(new EmulatorOptions
        {
            ZohoSeedContacts = 0, GoogleSeedContacts = 0, Seed = 148, Org = new OrgSeed(3, 1, 0, 0, 148),
        });
        var org = env.Emulator.OrgUsers;

        var result = await env.RunScriptAsync("LiveRollOut.ps1", new Dictionary<string, string>
        {
            ["EXPECT_VIEWONLY"] = env.Emulator.Credentials.ZohoUserIds["viewonly"],
            ["EXPECT_SECOND_GROUP"] = org[1].GoogleContactSyncGroup,
        });

        PwshPlanTests.AssertChecks(result, "crm users", "what if", "roll-out", "accounts", "single plan");
        var output = result.Output.Replace("\r\n", "\n");
        var whatIf = output[output.IndexOf("WHATIF BEGIN", StringComparison.Ordinal)..output.IndexOf("WHATIF END", StringComparison.Ordinal)];
        foreach (var user in org)
        {
            Assert.Contains(
                $"What if: Performing the operation \"Create sync plan\" on target \"'Rollout {user.Email}' for CRM user {user.ZohoUserId}: Google account {user.Email}, view 'All Contacts' ({env.Emulator.Zoho.AllContactsViewId}), group 'Rollout Sync' (to be created in that account), Bidirectional\".",
                whatIf);
            Assert.NotNull(env.Emulator.Google.FindGroup(user.Email, "Rollout Sync"));
        }

        Assert.Equal(3, whatIf.Split('\n').Count(l => l.StartsWith("What if:", StringComparison.Ordinal)));
        Assert.Null(env.Emulator.Google.FindGroup(env.Emulator.Credentials.GoogleImpersonatedUser, "Rollout Sync"));
        var plans = await env.Client.ListConfigsAsync(null, CancellationToken.None);
        Assert.Equal(org.Select(u => u.Email).Order(), plans.Where(p => p.Name.StartsWith("Rollout ", StringComparison.Ordinal)).Select(p => p.GoogleAccount).Order());
    }
}
