using ContactSync.Server.NearRealTime;
using ContactSync.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Web.Tests;

/// <summary>Near-real-time on the settings page: the toggle is saved (and kept by later saves), the channel's state shows under it.</summary>
[Collection(WebCollection.Name)]
public sealed class NearRealTimeSettingsTests(WebFixture fixture)
{
    [Fact]
    public async Task Near_real_time_toggle_is_saved_kept_by_a_later_save_and_shows_the_channel_state_expiry_and_last_notification()
    {
        var page = await fixture.NewPageAsync();
        await PageActions.SignInAsync(page, fixture.PageUrl, WebFixture.AdminKey);
        var name = "Near-real-time " + Guid.NewGuid().ToString("N")[..8];
        await page.Locator("#plan-picker[data-loaded=true]").WaitForAsync();
        await page.Locator("#plan-picker").SelectOptionAsync("");
        await page.Locator("#plan-name").FillAsync(name);
        await page.Locator("#crm-user").FillAsync(fixture.Emulator.Credentials.ZohoUserIds["admin"]);
        await PageActions.WaitForAsync(page, "account => document.querySelector('#google-account')?.placeholder === account", fixture.Emulator.Credentials.GoogleImpersonatedUser);
        await page.Locator("#google-group").SelectOptionAsync(fixture.Emulator.Credentials.GoogleContactSyncGroup);
        await page.Locator("#crm-view").SelectOptionAsync(fixture.Emulator.Zoho.AllContactsViewId);
        await page.Locator("#direction-1").CheckAsync();
        await page.Locator("#conflict-1").CheckAsync();
        await page.Locator("#frequency").SelectOptionAsync("60");
        Assert.False(await page.Locator("#near-real-time").IsCheckedAsync());
        await page.Locator("#near-real-time").CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator("[data-testid=saved-message]").WaitForAsync();
        var stored = (await fixture.Client.GetConfigAsync(new Proto.GetConfigRequest { Name = name }, fixture.Admin)).Plan;
        Assert.True(stored.NearRealTime);

        // The channel upkeep enables the plan's Zoho channel (driven here rather than waiting for its next round).
        await fixture.Server.Services.GetRequiredService<WatchChannelManager>().TickAsync(CancellationToken.None);
        var status = (await fixture.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = stored.Id }, fixture.Admin)).Statuses.Single();
        Assert.Equal("ACTIVE", status.NearRealTime.ChannelState);

        await page.GotoAsync($"{fixture.PageUrl}/#/settings?plan={stored.Id}");
        await page.ReloadAsync();
        await page.Locator("[data-testid=near-real-time-channel]").WaitForAsync();
        Assert.True(await page.Locator("#near-real-time").IsCheckedAsync());
        Assert.Equal("active", await page.Locator("[data-testid=channel-state]").InnerTextAsync());
        Assert.NotEqual("—", await page.Locator("[data-testid=channel-expires]").InnerTextAsync());
        Assert.Equal("never", await page.Locator("[data-testid=last-notification]").InnerTextAsync());
        await WebFixture.ScreenshotAsync(page, "near-real-time", "section[aria-labelledby=step-frequency]");

        // Saving the plan again for another change keeps it near-real-time.
        await page.Locator("#frequency").SelectOptionAsync("180");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator("[data-testid=saved-message]").WaitForAsync();
        stored = (await fixture.Client.GetConfigAsync(new Proto.GetConfigRequest { Name = name }, fixture.Admin)).Plan;
        Assert.Equal(3 * 3600, stored.Interval.Seconds);
        Assert.True(stored.NearRealTime);

        await fixture.Client.DeleteConfigAsync(new Proto.DeleteConfigRequest { PlanId = stored.Id, Version = stored.Version }, fixture.Admin);
    }
}
