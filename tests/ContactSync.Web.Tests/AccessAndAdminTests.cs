using ContactSync.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Web.Tests;

/// <summary>Who sees what (the server's rules, shown by the page), the Admin page, and the German texts.</summary>
[Collection(WebCollection.Name)]
public sealed class AccessAndAdminTests(WebFixture fixture)
{
    [Fact]
    public async Task A_user_key_sees_only_its_own_plans_and_no_admin_page_in_german()
    {
        var ids = fixture.Emulator.Credentials.ZohoUserIds;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var own = await fixture.CreatePlanAsync("Jonas " + suffix, ids["standard"]);
        var other = await fixture.CreatePlanAsync("Patricia " + suffix, ids["admin"]);
        var key = await fixture.Client.CreateApiKeyAsync(
            new Proto.CreateApiKeyRequest { Name = "jonas " + suffix, Role = Proto.ApiKeyRole.User, CrmUserId = ids["standard"] }, fixture.Admin);

        var page = await fixture.NewPageAsync(locale: "de-DE");
        await PageActions.SignInAsync(page, fixture.PageUrl, key.Secret);
        await page.Locator("h1", new() { HasText = "Kontakte synchronisieren" }).WaitForAsync();
        await PageActions.WaitForAsync(page, "id => [...document.querySelectorAll('#plan-picker option')].some(o => o.value === id)", own.Id);
        var options = await page.Locator("#plan-picker option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.Contains(own.Id, options);
        Assert.DoesNotContain(other.Id, options);
        Assert.Equal(0, await page.Locator("nav a", new() { HasText = "Verwaltung" }).CountAsync());
        Assert.Equal(ids["standard"], await page.Locator("#crm-user").InputValueAsync());
        Assert.Equal("", await page.Locator("#crm-user").GetAttributeAsync("readonly"));
        await PageActions.WaitForAsync(page, "account => document.querySelector('#google-account')?.value === account", fixture.Emulator.Credentials.GoogleImpersonatedUser);
        Assert.Equal("", await page.Locator("#google-account").GetAttributeAsync("readonly"));
        await page.Locator("[data-testid=account-assigned]").WaitForAsync(); // another user's account, assigned by the admin

        // Even asked for the other user's plan by its address, the status page lists only the user's own plans.
        await page.GotoAsync($"{fixture.PageUrl}/#/status?plan={other.Id}");
        await page.Locator("#status-plan").WaitForAsync();
        var statusPlans = await page.Locator("#status-plan option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.DoesNotContain(other.Id, statusPlans);
        Assert.Contains(own.Id, statusPlans);
        await page.Locator("#status-plan").SelectOptionAsync(own.Id);
        await PageActions.WaitForAsync(page, "account => document.querySelector('[data-testid=google-account]')?.innerText === account", fixture.Emulator.Credentials.GoogleImpersonatedUser);
    }

    [Fact]
    public async Task Admin_page_shows_connections_tests_them_creates_a_key_and_lists_all_plans()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var plan = await fixture.CreatePlanAsync("Admin view " + suffix, fixture.Emulator.Credentials.ZohoUserIds["admin"]);
        var page = await fixture.NewPageAsync();
        await PageActions.SignInAsync(page, fixture.PageUrl, WebFixture.AdminKey);
        await page.GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();

        await page.Locator("[data-testid='connection-1']", new() { HasText = "configured" }).WaitForAsync();
        Assert.DoesNotContain(fixture.Emulator.Credentials.ZohoClientSecret, await page.ContentAsync());
        await page.Locator(".connection").First.GetByRole(AriaRole.Button, new() { Name = "Test" }).ClickAsync();
        await page.Locator("[data-testid=test-zoho]", new() { HasText = "OK" }).WaitForAsync();

        await page.Locator("#key-name").FillAsync("page key " + suffix);
        await page.Locator("#key-crm-user").FillAsync(fixture.Emulator.Credentials.ZohoUserIds["standard"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var secret = await page.Locator("[data-testid=new-key-secret]").InnerTextAsync();
        Assert.StartsWith("csk_", secret);
        await page.Locator("[data-testid=api-keys]", new() { HasText = "page key " + suffix }).WaitForAsync();
        await page.Locator("[data-testid=all-plans]", new() { HasText = plan.Name }).WaitForAsync();
        await WebFixture.ScreenshotAsync(page, "admin");
    }

    [Fact]
    public async Task The_page_works_at_the_width_of_a_crm_side_panel()
    {
        var page = await fixture.NewPageAsync(width: 340, height: 800);
        await PageActions.SignInAsync(page, fixture.PageUrl, WebFixture.AdminKey);
        await page.Locator("table.table--fieldmap tbody tr").First.WaitForAsync();
        // The key is kept for the browser session only.
        Assert.True(await page.EvaluateAsync<bool>("key => JSON.stringify(sessionStorage).includes(key)", WebFixture.AdminKey));
        Assert.False(await page.EvaluateAsync<bool>("() => JSON.stringify(localStorage).includes('csk_')"));

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the settings page scrolls sideways at 340 px");

        // Keyboard: the skip link is the first stop and moves focus to the main content.
        await page.ReloadAsync();
        await page.Locator("table.table--fieldmap tbody tr").First.WaitForAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip", await page.EvaluateAsync<string>("() => document.activeElement?.className"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement?.id"));
    }
}
