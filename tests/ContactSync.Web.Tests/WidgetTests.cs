using ContactSync.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ContactSync.Web.Tests;

/// <summary>
/// Widget mode: the packaged widget.html framed by a test "Zoho CRM" page on another origin, talking the SDK's
/// postMessage protocol; the user signs in with Zoho (the emulator's accounts page) and the server issues a ticket for
/// the user Zoho confirmed; gRPC-Web goes from the widget origin to the server through CORS.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WidgetTests(WebFixture fixture)
{
    [Fact]
    public async Task Widget_signs_in_with_zoho_and_shows_only_that_users_plans()
    {
        var ids = fixture.Emulator.Credentials.ZohoUserIds;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var own = await fixture.CreatePlanAsync("Widget Jonas " + suffix, ids["standard"]);
        var other = await fixture.CreatePlanAsync("Widget Patricia " + suffix, ids["admin"]);

        var page = await OpenCrmPageAsync(ids["standard"], "Jonas Müller", "jonas.mueller@contactsync-demo.example");
        var widget = page.FrameLocator("#widget");
        await widget.Locator("[data-testid=claimed-user]", new() { HasText = "Jonas Müller" }).WaitForAsync();

        var popup = await page.RunAndWaitForPopupAsync(() => widget.GetByRole(AriaRole.Button, new() { Name = "Sign in with Zoho" }).ClickAsync());
        await popup.GetByRole(AriaRole.Button, new() { Name = "Sign in as Jonas Müller (jonas.mueller@contactsync-demo.example)" }).ClickAsync();

        await widget.Locator("[data-testid=who]", new() { HasText = "Jonas Müller" }).WaitForAsync(new() { Timeout = 60_000 });
        var frame = page.Frames.Single(f => f.Url.Contains("/app/widget.html", StringComparison.Ordinal));
        await frame.WaitForFunctionAsync("id => [...document.querySelectorAll('#plan-picker option')].some(o => o.value === id)", own.Id,
            new FrameWaitForFunctionOptions { Timeout = 90_000, PollingInterval = 100 });
        var options = await widget.Locator("#plan-picker option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.Contains(own.Id, options);
        Assert.DoesNotContain(other.Id, options);
        var log = await page.EvaluateAsync<string[]>("() => window.sdkLog");
        Assert.Contains("REGISTER", log);
        Assert.Contains("CRM_EVENT:CURRENT_USER", log);
        Assert.Contains("CRM_EVENT:ORG_VARIABLE", log);
        Assert.True(await widget.Locator("nav a", new() { HasText = "Admin" }).CountAsync() == 0);
    }

    [Fact]
    public async Task Widget_refuses_when_zoho_confirms_another_user_than_the_crm_page_shows()
    {
        var ids = fixture.Emulator.Credentials.ZohoUserIds;
        var page = await OpenCrmPageAsync(ids["standard"], "Jonas Müller", "jonas.mueller@contactsync-demo.example");
        var widget = page.FrameLocator("#widget");
        await widget.Locator("[data-testid=claimed-user]").WaitForAsync();

        var popup = await page.RunAndWaitForPopupAsync(() => widget.GetByRole(AriaRole.Button, new() { Name = "Sign in with Zoho" }).ClickAsync());
        await popup.GetByRole(AriaRole.Button, new() { Name = "Sign in as Patricia Boyle (patricia.boyle@contactsync-demo.example)" }).ClickAsync();

        await widget.Locator(".problem", new() { HasText = "different user" }).WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(0, await widget.Locator("nav.nav").CountAsync());
    }

    private async Task<IPage> OpenCrmPageAsync(string userId, string name, string email)
    {
        var page = await fixture.NewPageAsync(width: 900, height: 1000);
        var widgetUrl = new Uri(fixture.Sites.WidgetOrigin, "app/widget.html");
        var url = new Uri(fixture.Sites.CrmOrigin, "zoho-crm.html")
            + $"?widget={Uri.EscapeDataString(widgetUrl.ToString())}&server={Uri.EscapeDataString(fixture.PageUrl)}"
            + $"&userId={userId}&name={Uri.EscapeDataString(name)}&email={Uri.EscapeDataString(email)}";
        await page.GotoAsync(url);
        return page;
    }
}
