using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.WebConsoles;
using EsnHarness.WebConsole.Driver;
using Microsoft.Playwright;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// One dispatcher at a web console for one scenario: the embedded console serving the position (when the harness serves it), and
/// the screen: a browser context logged in to it (a kept one from an earlier scenario, still open, or a new one), opened in the
/// background from the seating on (every step that uses the screen awaits the same opening), and the Playwright trace of
/// everything done on it in this scenario. When the scenario ends, an embedded console and its page go back to the run's
/// <see cref="ScreenPool"/>: the position vacated, the page left open showing the console vacant.
/// </summary>
internal sealed class WebSeat(CastMember member, IWebConsoleSeat? hosted, Uri address, KeptScreen? kept, Func<WebSeat, Task> open, ScreenPool pool) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<string> _monitored = [];
    private readonly ScreenTrace _trace = new(contextTracing: kept is not null);
    private Task? _opening;
    private ConsoleDriver? _driver;
    private bool _closed;

    public CastMember Member { get; } = member;

    public IWebConsoleSeat? Hosted { get; } = hosted;

    public Uri Address { get; } = address;

    /// <summary>The page kept from an earlier scenario, logged in to <see cref="Hosted"/>; null when the seat opens a new one.</summary>
    public IPage? KeptPage => kept?.Page;

    /// <summary>The screen's driver, from the moment its page exists (the login may still be under way).</summary>
    public ConsoleDriver Driver => _driver ?? throw new InvalidOperationException($"the console screen of {Member.Name} is not open");

    private IBrowserContext Context => Driver.Page.Context;

    /// <summary>Starts opening the screen without waiting for it; a failure is reported to the first step that awaits the screen.</summary>
    public void OpenInBackground()
    {
        lock (_gate)
        {
            _opening ??= open(this);
        }
    }

    /// <summary>Opens the screen (once; every caller awaits the same opening) and returns the seat with its screen logged in.</summary>
    public async Task<WebSeat> ScreenAsync()
    {
        Task opening;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            opening = _opening ??= open(this);
        }

        await opening;
        return this;
    }

    /// <summary>Where the dispatcher last pressed PTT on the screen: the map entry showing the floor's answer there, with its group or
    /// user; null before any press.</summary>
    public (string Entry, string? Group, string? User)? LastFloor { get; set; }

    /// <summary>Called by the opener once the page exists, before the login.</summary>
    public void Attach(ConsoleDriver driver) => _driver = driver;

    /// <summary>Notes a group the position monitors, for the opener to check its tile.</summary>
    public void Monitors(string group)
    {
        lock (_gate)
        {
            _monitored.Add(group);
        }
    }

    /// <summary>The groups the position monitors.</summary>
    public IReadOnlyList<string> Monitored
    {
        get
        {
            lock (_gate)
            {
                return [.. _monitored];
            }
        }
    }

    /// <summary>Starts this scenario's trace (after the login, so the password typed is never in it).</summary>
    public Task StartTraceAsync(string title) => _trace.StartAsync(Context, title);

    /// <summary>Attaches the screen as it is now (PNG) and, when <paramref name="withTrace"/>, the trace so far (which ends it); nothing
    /// for a screen never opened.</summary>
    public async Task AttachEvidenceAsync(IOutputHelper output, bool withTrace)
    {
        if (_closed || _driver is null)
        {
            return;
        }

        var name = Slug(Member.Name.Value);
        output.Attach(await Driver.ScreenshotAsync(), "image/png", $"{name}-console.png");
        if (withTrace)
        {
            await _trace.AttachAsync(Context, output, $"{name}-playwright-trace.zip");
        }
    }

    /// <summary>
    /// Lets go of the screen and ends the position (deregistered from the MCX). An embedded console whose screen opened is kept
    /// for a later scenario, vacated, with its page open and cleared; anything else is closed (the browser context, and the
    /// embedded console).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Task? opening;
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            opening = _opening;
        }

        // A failed opening was reported by the step that asked for the screen; here its page is only closed.
        var opened = opening is not null && await opening.ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        var page = _driver?.Page ?? KeptPage;
        if (opened && page is not null && Hosted is not null && await ParkAsync(page))
        {
            return;
        }

        try
        {
            if (page is not null)
            {
                await page.Context.CloseAsync();
            }
        }
        finally
        {
            if (Hosted is not null)
            {
                await Hosted.DisposeAsync();
            }
        }
    }

    /// <summary>Ends this scenario on the screen (trace chunk dropped, no button held, position vacated, and the page, still open and
    /// logged in, shows the console vacant: cleared of everything this scenario put on it) and keeps it in the pool; false when the
    /// page does not show the console vacant (it is closed instead).</summary>
    /// <remarks>No navigation: a page loaded again cost about as much CPU (a renderer process, the console's scripts, Playwright's
    /// own scripts and the trace's snapshot of a new document) as the rest of a short scenario.</remarks>
    private async Task<bool> ParkAsync(IPage page)
    {
        try
        {
            await _trace.DiscardAsync(page.Context);
            await page.Mouse.UpAsync();
            await Hosted!.VacateAsync();
            await Driver.Seat.AwaitVacantAsync();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return false;
        }

        await pool.KeepAsync(new KeptScreen(Hosted, page));
        return true;
    }

    private static string Slug(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
