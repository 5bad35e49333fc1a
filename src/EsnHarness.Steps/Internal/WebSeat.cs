using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.WebConsoles;
using EsnHarness.WebConsole.Driver;
using Microsoft.Playwright;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// One dispatcher at a web console for one scenario: the embedded console serving the position (when the harness serves it), the
/// scenario's own browser context logged in to it, and the Playwright trace of everything done on the screen since the login.
/// </summary>
internal sealed class WebSeat(CastMember member, IWebConsoleSeat? hosted, ConsoleDriver driver) : IAsyncDisposable
{
    private bool _tracing;
    private bool _closed;

    public CastMember Member { get; } = member;

    public ConsoleDriver Driver { get; } = driver;

    public IWebConsoleSeat? Hosted { get; } = hosted;

    private IBrowserContext Context => Driver.Page.Context;

    /// <summary>Starts the trace (after the login, so the password typed is never in it).</summary>
    public async Task StartTraceAsync(string title)
    {
        await Context.Tracing.StartAsync(new TracingStartOptions { Title = title, Snapshots = true, Screenshots = false, Sources = false });
        _tracing = true;
    }

    /// <summary>Attaches the screen as it is now (PNG) and, when <paramref name="withTrace"/>, the trace so far (which ends it).</summary>
    public async Task AttachEvidenceAsync(IOutputHelper output, bool withTrace)
    {
        if (_closed)
        {
            return;
        }

        var name = Slug(Member.Name.Value);
        output.Attach(await Driver.ScreenshotAsync(), "image/png", $"{name}-console.png");
        if (withTrace && _tracing)
        {
            var path = Path.Combine(Path.GetTempPath(), $"esn-trace-{Guid.NewGuid():N}.zip");
            try
            {
                await Context.Tracing.StopAsync(new TracingStopOptions { Path = path });
                _tracing = false;
                output.Attach(await File.ReadAllBytesAsync(path), "application/zip", $"{name}-playwright-trace.zip");
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Lets go of the screen, closes the browser context and stops the embedded console (which deregisters the position).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        try
        {
            await Context.CloseAsync();
        }
        finally
        {
            if (Hosted is not null)
            {
                await Hosted.DisposeAsync();
            }
        }
    }

    private static string Slug(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
