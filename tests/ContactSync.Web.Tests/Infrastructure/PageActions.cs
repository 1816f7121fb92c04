using Microsoft.Playwright;

namespace ContactSync.Web.Tests.Infrastructure;

/// <summary>Steps a person takes on the page, shared by the tests.</summary>
internal static class PageActions
{
    public static async Task SignInAsync(IPage page, string url, string key)
    {
        await page.GotoAsync(url);
        await page.Locator("#api-key").FillAsync(key);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.Locator("nav.nav").WaitForAsync();
    }

    /// <summary>Polls a condition in the page until it holds (no fixed waits; a generous deadline for a loaded machine).</summary>
    public static async Task WaitForAsync(IPage page, string script, object? arg = null)
    {
        await page.WaitForFunctionAsync(script, arg, new PageWaitForFunctionOptions { Timeout = 90_000, PollingInterval = 100 });
    }
}
