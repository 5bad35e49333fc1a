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
/// for one dispatcher position (see <see cref="WebConsoleOptions"/>). The screen updates live over server-sent events.
/// </summary>
public sealed class WebConsoleHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DispatcherSession _session;

    private WebConsoleHost(WebApplication app, DispatcherSession session, Uri address)
    {
        _app = app;
        _session = session;
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
            var app = Build(options, session);
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
            return new WebConsoleHost(app, session, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
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
    public Task MonitorAsync(string group, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        return _session.MonitorAsync(group, cancellationToken);
    }

    /// <summary>Stops serving, ends the dispatcher's talk bursts and feeds, deregisters it, and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _session.DisposeAsync();
    }

    private static WebApplication Build(WebConsoleOptions options, DispatcherSession session)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(options.Address, options.Port, listen => listen.Protocols = HttpProtocols.Http1AndHttp2));
        builder.Services.AddSingleton(session);
        builder.Services.AddSingleton(new ConsoleActions(session));
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
