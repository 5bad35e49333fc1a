using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.WebConsoles;
using EsnHarness.WebConsole.Driver;
using Microsoft.Playwright;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// One dispatcher at a web console for one scenario: the embedded console serving the position (when the harness serves it), and
/// the screen: the scenario's own browser context logged in to it, opened in the background from the seating on (every step that
/// uses the screen awaits the same opening), and the Playwright trace of everything done on it since the login.
/// </summary>
internal sealed class WebSeat(CastMember member, IWebConsoleSeat? hosted, Uri address, Func<WebSeat, Task> open) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<string> _monitored = [];
    private Task? _opening;
    private bool _tracing;
    private bool _closed;

    public CastMember Member { get; } = member;

    public IWebConsoleSeat? Hosted { get; } = hosted;

    public Uri Address { get; } = address;

    /// <summary>The screen's driver, from the moment its page exists (the login may still be under way).</summary>
    public ConsoleDriver Driver => _driver ?? throw new InvalidOperationException($"the console screen of {Member.Name} is not open");

    /// <summary>Starts opening the screen without waiting for it; a failure is reported to the first step that awaits the screen.</summary>
    public void OpenInBackground()
    {
        lock (_gate)
        {
            _opening ??= open(this);
        }
    }

    private ConsoleDriver? _driver;

    private IBrowserContext Context => Driver.Page.Context;

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

    /// <summary>Starts the trace (after the login, so the password typed is never in it).</summary>
    public async Task StartTraceAsync(string title)
    {
        await Context.Tracing.StartAsync(new TracingStartOptions { Title = title, Snapshots = true, Screenshots = false, Sources = false });
        _tracing = true;
    }

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

        try
        {
            if (opening is not null)
            {
                // A failed opening was reported by the step that asked for the screen; here only its page is closed.
                await opening.ContinueWith(_ => { }, TaskScheduler.Default);
            }

            if (_driver is not null)
            {
                await Context.CloseAsync();
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

    private static string Slug(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
