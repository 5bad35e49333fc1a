using EsnHarness.Steps.WebConsoles;
using Microsoft.Playwright;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// An embedded console kept between scenarios with its page: the console vacant (no position), the page logged in to it and left
/// open (showing the console vacant), its context's Playwright tracing started (each scenario records a chunk of its own).
/// </summary>
internal sealed record KeptScreen(IWebConsoleSeat Console, IPage Page) : IAsyncDisposable
{
    /// <summary>Closes the page's browser context and stops the console.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Page.Context.CloseAsync();
        }
        finally
        {
            await Console.DisposeAsync();
        }
    }
}
