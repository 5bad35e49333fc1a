using EsnHarness.WebConsole.Internal.Hosting;
using EsnHarness.WebConsole.Internal.Mcx;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EsnHarness.WebConsole;

/// <summary>
/// The reference web dispatcher console: an ASP.NET Core app on Kestrel with its own HTML, CSS and JavaScript, and an MCX client
/// for one dispatcher position (see <see cref="WebConsoleOptions"/>). The screen updates live over server-sent events. A host
/// can be vacated and re-seated at another position (<see cref="ReseatAsync"/>), as a console at a control room's desk is handed
/// to the next dispatcher: the harness keeps hosts and their logged-in pages from one scenario to the next.
/// </summary>
public sealed class WebConsoleHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PositionSlot _slot;
    private readonly WebConsoleOptions _options;

    private WebConsoleHost(WebApplication app, PositionSlot slot, WebConsoleOptions options, Uri address)
    {
        _app = app;
        _slot = slot;
        _options = options;
        Address = address;
    }

    /// <summary>The bound address, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Registers the dispatcher on the MCX, then starts serving the console; returns once both are up.</summary>
    /// <exception cref="WebConsoleConfigurationException">The MCX cannot be reached or refuses the dispatcher or a group, or the address cannot be bound.</exception>
    public static async Task<WebConsoleHost> StartAsync(WebConsoleOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var session = new DispatcherSession(options, NullLogger.Instance);
        try
        {
            await session.StartAsync(cancellationToken);
            var slot = new PositionSlot();
            slot.Fill(session);
            var app = Build(options, slot);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                await app.DisposeAsync();
                throw new WebConsoleConfigurationException($"the console cannot listen on {options.Address}:{options.Port}: {e.Message}", e);
            }

            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new WebConsoleHost(app, slot, options, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts monitoring one more group while the console runs (as a dispatcher adds a group to the position): affiliates to it
    /// on the MCX, adds its tile to the screen and shows what is already going on there. A group already monitored is left as it is.
    /// </summary>
    /// <exception cref="WebConsoleConfigurationException">The MCX refuses the affiliation (e.g. no such group).</exception>
    /// <exception cref="InvalidOperationException">The host is vacant.</exception>
    public Task MonitorAsync(string group, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        var session = _slot.Current ?? throw new InvalidOperationException("the console serves no dispatcher position: re-seat it first");
        return session.MonitorAsync(group, cancellationToken);
    }

    /// <summary>
    /// Ends the position the console serves (its talk bursts, feeds and the screens' live feed end; it is deregistered from the MCX)
    /// and leaves the host vacant, still listening, with its logins valid. An open page is told on its live feed (it clears its screen and
    /// shows the console vacant) and is sent the next position seated on the same feed; a page loaded again shows it too.
    /// Nothing happens when the host is vacant already.
    /// </summary>
    public async Task VacateAsync()
    {
        if (_slot.Empty() is { } session)
        {
            await session.DisposeAsync();
        }
    }

    /// <summary>
    /// Seats the vacant console at another position: registers <paramref name="dispatcher"/> through <paramref name="mcx"/> (e.g. the
    /// next scenario's namespace and token) and starts from an empty state: nothing of an earlier position is kept. Monitors
    /// <paramref name="groups"/> (none, when they are added with <see cref="MonitorAsync"/>). Returns once the position is up.
    /// </summary>
    /// <exception cref="InvalidOperationException">The console still serves a position: <see cref="VacateAsync"/> first.</exception>
    /// <exception cref="WebConsoleConfigurationException">The MCX cannot be reached or refuses the dispatcher or a group.</exception>
    public async Task ReseatAsync(McxConnection mcx, DispatcherPosition dispatcher, IReadOnlyList<string> groups, CancellationToken cancellationToken = default)
    {
        var options = _options with { Mcx = mcx, Dispatcher = dispatcher, Groups = groups };
        Validate(options);
        if (_slot.Current is { } serving)
        {
            throw new InvalidOperationException($"the console still serves {serving.Me}: vacate it before seating another position");
        }

        var session = new DispatcherSession(options, NullLogger.Instance);
        try
        {
            await session.StartAsync(cancellationToken);
            _slot.Fill(session);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops serving, ends the dispatcher's talk bursts and feeds, deregisters it, and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await VacateAsync();
    }

    private static WebApplication Build(WebConsoleOptions options, PositionSlot slot)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(options.Address, options.Port, listen => listen.Protocols = HttpProtocols.Http1AndHttp2));
        builder.Services.AddSingleton(slot);
        builder.Services.AddTransient(_ => slot.Current?.Actions ?? throw new InvalidOperationException("the console serves no dispatcher position now"));
        builder.Services.AddSingleton(new LoginSessions(options.Login));
        builder.Services.AddSingleton<StaticAssets>();
        var app = builder.Build();
        app.Use(EndStreamsOnStop(app.Lifetime));
        app.Use(SecurityHeaders.ApplyAsync);
        app.MapConsolePages();
        app.MapConsoleApi();
        return app;
    }

    /// <summary>The live feed never finishes on its own: when the host stops, open requests are aborted so it stops at once.</summary>
    private static Func<HttpContext, Func<Task>, Task> EndStreamsOnStop(IHostApplicationLifetime lifetime) =>
        async (context, next) =>
        {
            using var stopping = lifetime.ApplicationStopping.Register(context.Abort);
            await next();
        };

    private static void Validate(WebConsoleOptions options)
    {
        if (options.Groups.Distinct(StringComparer.Ordinal).Count() != options.Groups.Count)
        {
            throw new WebConsoleConfigurationException($"a monitored group is named twice: {string.Join(", ", options.Groups)}");
        }

        if (string.IsNullOrWhiteSpace(options.Dispatcher.McpttId))
        {
            throw new WebConsoleConfigurationException("the dispatcher's MCPTT ID is empty");
        }
    }
}
