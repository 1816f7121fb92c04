using System.Text.Json.Nodes;
using ContactSync.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Web.Tests;

/// <summary>The seed's page in a real browser: sign in, configure, preview, save, sync now with the live bar, status.</summary>
[Collection(WebCollection.Name)]
public sealed class SettingsAndStatusTests(WebFixture fixture)
{
    [Fact]
    public async Task Admin_configures_previews_saves_a_plan_then_syncs_it_and_sees_status_and_a_failing_record()
    {
        // Two Google contacts with one work email: the CRM takes the first and refuses the second as a duplicate (Email is
        // unique), a failing record. (A value the CRM merely cannot hold is written without it and noted instead.)
        var email = $"twin.{Guid.NewGuid():N}@example.com";
        AddTwinsToSyncGroup(email);

        var page = await fixture.NewPageAsync();
        await PageActions.SignInAsync(page, fixture.PageUrl, WebFixture.AdminKey);
        var name = "Web plan " + Guid.NewGuid().ToString("N")[..8];

        var ownAccount = fixture.Emulator.Credentials.GoogleImpersonatedUser; // the administrator's CRM email is that Workspace user
        await FillNewPlanAsync(page, name, ownAccount);
        var defaultRows = await page.Locator("table.table--fieldmap tbody tr").CountAsync();
        Assert.True(defaultRows >= 10, $"the default map has {defaultRows} rows");

        await MapPreferredLanguageAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        try
        {
            await page.Locator("[data-testid=preview-table]").WaitForAsync(new() { Timeout = 90_000 });
        }
        catch (TimeoutException)
        {
            await WebFixture.ScreenshotAsync(page, "debug-preview");
            throw;
        }

        Assert.Contains("changes", await page.Locator("[data-testid=preview-summary]").InnerTextAsync());
        Assert.True(await page.Locator("[data-testid=preview-table] tbody tr").CountAsync() > 0);
        await WebFixture.ScreenshotAsync(page, "settings", maxHeight: 1500);
        await WebFixture.ScreenshotAsync(page, "preview", "section[aria-labelledby=preview-title]");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator("[data-testid=saved-message]").WaitForAsync();
        var stored = (await fixture.Client.GetConfigAsync(new Proto.GetConfigRequest { Name = name }, fixture.Admin)).Plan;
        Assert.True(stored.Enabled);
        Assert.Equal(3600, stored.Interval.Seconds);
        Assert.Contains(stored.FieldMappings, m => m.CrmField == "Preferred_Language" && m.GoogleField == "userDefined[Language]");
        Assert.Equal(ownAccount, stored.GoogleAccount); // left empty on the page: the CRM user's own account

        await page.GotoAsync($"{fixture.PageUrl}/#/status?plan={stored.Id}");
        await page.Locator("#status-plan").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sync now" }).ClickAsync();
        await page.Locator("[data-testid=run-bar]").WaitForAsync();
        await PageActions.WaitForAsync(page, "() => document.querySelector('[data-testid=run-bar]')?.dataset.done === 'true'");
        Assert.Equal("100", await page.Locator("[data-testid=run-bar] [role=progressbar]").GetAttributeAsync("aria-valuenow"));
        await page.Locator("[data-testid=run-finished]").WaitForAsync();

        await PageActions.WaitForAsync(page, "email => document.querySelector('[data-testid=failing-records]')?.innerText.includes(email)", email);
        var failing = await page.Locator("[data-testid=failing-records]").InnerTextAsync();
        Assert.Contains("DUPLICATE_DATA", failing);
        Assert.DoesNotContain("never", await page.Locator("[data-testid=last-sync]").InnerTextAsync());
        Assert.Equal(ownAccount, await page.Locator("[data-testid=google-account]").InnerTextAsync());
        Assert.True(int.Parse(await page.Locator("[data-testid=linked]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.True(await page.Locator("[data-testid=run-history] tbody tr").CountAsync() >= 2); // the preview's dry run and the sync
        await WebFixture.ScreenshotAsync(page, "status", maxHeight: 1700);
    }

    /// <summary>Two Google contacts in the sync group with one work email.</summary>
    private void AddTwinsToSyncGroup(string email)
    {
        var google = fixture.Emulator.Google;
        foreach (var given in new[] { "Erster", "Zweiter" })
        {
            var resource = google.CreateContactAsUser(new JsonObject
            {
                ["names"] = new JsonArray(new JsonObject { ["givenName"] = given, ["familyName"] = "Zwilling" }),
                ["emailAddresses"] = new JsonArray(new JsonObject { ["value"] = email, ["type"] = "work" }),
            });
            google.AddToGroupAsUser(resource, fixture.Emulator.Credentials.GoogleContactSyncGroup);
        }
    }

    /// <summary>One more mapping row: Preferred_Language ↔ userDefined[Language].</summary>
    private static async Task MapPreferredLanguageAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Map more fields" }).ClickAsync();
        var row = page.Locator("table.table--fieldmap tbody tr").Last;
        await row.Locator("select").Nth(0).SelectOptionAsync("Preferred_Language");
        await row.Locator("select").Nth(1).SelectOptionAsync("userDefined[<key>]");
        await row.Locator("input.key-input").FillAsync("Language");
    }

    /// <summary>
    /// A new plan in the settings form: name, the admin CRM user (its own account shown as the placeholder), the sync group,
    /// all contacts, bidirectional, hourly.
    /// </summary>
    private async Task FillNewPlanAsync(IPage page, string name, string ownAccount)
    {
        await page.Locator("#plan-picker[data-loaded=true]").WaitForAsync();
        await page.Locator("#plan-picker").SelectOptionAsync("");
        await page.Locator("#plan-name").FillAsync(name);
        await page.Locator("#crm-user").FillAsync(fixture.Emulator.Credentials.ZohoUserIds["admin"]);
        await PageActions.WaitForAsync(page, "account => document.querySelector('#google-account')?.placeholder === account", ownAccount);
        await page.Locator("#google-group").SelectOptionAsync(fixture.Emulator.Credentials.GoogleContactSyncGroup);
        await page.Locator("#crm-view").SelectOptionAsync(fixture.Emulator.Zoho.AllContactsViewId);
        await page.Locator("#direction-1").CheckAsync();
        await page.Locator("#conflict-1").CheckAsync();
        await page.Locator("#frequency").SelectOptionAsync("60");
    }

    [Fact]
    public async Task Cancel_stops_a_running_sync_and_the_status_says_so()
    {
        var plan = (await fixture.Client.ConfigureAsync(new Proto.ConfigureRequest
        {
            Plan = new Proto.SyncPlan
            {
                Name = "Cancel " + Guid.NewGuid().ToString("N")[..8], CrmUserId = fixture.Emulator.Credentials.ZohoUserIds["admin"],
                Direction = Proto.SyncDirection.CrmToGoogle, CrmViewId = fixture.Emulator.Zoho.AllContactsViewId,
                GoogleGroup = fixture.Emulator.Credentials.GoogleContactSyncGroup,
            },
        }, fixture.Admin)).Plan;
        var page = await fixture.NewPageAsync();
        await PageActions.SignInAsync(page, fixture.PageUrl, WebFixture.AdminKey);
        await page.GotoAsync($"{fixture.PageUrl}/#/status?plan={plan.Id}");
        await page.Locator("#status-plan").WaitForAsync();

        // Every API call is slow, so the run is surely still going when Cancel is pressed.
        fixture.Emulator.Faults.Add(new Emulators.FaultRule("all", Emulators.FaultKind.Latency, LatencyMs: 1500));
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Sync now" }).ClickAsync();
            var cancel = page.GetByRole(AriaRole.Button, new() { Name = "Cancel" });
            await PageActions.WaitForAsync(page, "() => [...document.querySelectorAll('button')].some(b => b.textContent === 'Cancel' && !b.disabled)");
            await cancel.ClickAsync();
            await page.Locator("[data-testid=run-finished]", new() { HasText = "cancelled" }).WaitForAsync(new() { Timeout = 90_000 });
        }
        finally
        {
            fixture.Emulator.Faults.Clear();
        }

        var runs = await fixture.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plan.Id }, fixture.Admin);
        Assert.Equal(Proto.RunOutcome.Cancelled, runs.Runs[0].Outcome);
    }

    [Fact]
    public async Task Server_validation_errors_appear_next_to_their_fields()
    {
        var page = await fixture.NewPageAsync();
        await PageActions.SignInAsync(page, fixture.PageUrl, WebFixture.AdminKey);
        await page.Locator("#plan-picker[data-loaded=true]").WaitForAsync();
        await page.Locator("#plan-picker").SelectOptionAsync("");
        await page.Locator("#plan-name").FillAsync("");
        await page.Locator("#crm-user").FillAsync("4150868000000225013");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await page.Locator("#plan-name-error").WaitForAsync();
        Assert.Equal("A plan name is required.", await page.Locator("#plan-name-error").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#plan-name").GetAttributeAsync("aria-invalid"));
        Assert.Contains("plan-name-error", await page.Locator("#plan-name").GetAttributeAsync("aria-describedby") ?? "");
        Assert.Contains("contactGroups", await page.Locator("#google-group-error").InnerTextAsync());
        await page.Locator("[data-testid=error-summary]").WaitForAsync();
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("() => document.activeElement?.dataset.testid"));

        // The summary links move the keyboard focus to the field.
        await page.Locator("[data-testid=error-summary] a", new() { HasText = "A plan name is required." }).ClickAsync();
        Assert.Equal("plan-name", await page.EvaluateAsync<string>("() => document.activeElement?.id"));
    }
}
