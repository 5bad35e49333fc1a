using System.Security.Cryptography.X509Certificates;
using EsnHarness.Simulators.Internal.Hosting;
using EsnHarness.Simulators.Internal.Network;
using EsnHarness.Simulators.Internal.Worlds;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators;

/// <summary>
/// The reference ESN simulators (MCX service, network model, device simulator, interworking function) on
/// Kestrel HTTP/2, with gRPC health checking and server reflection. Every service keeps one isolated world per
/// <c>esn-namespace</c> header value.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly X509Certificate2? _certificate;

    private SimulatorHost(WebApplication app, Uri address, X509Certificate2? certificate)
    {
        _app = app;
        Address = address;
        _certificate = certificate;
    }

    /// <summary>The bound address, e.g. <c>http://127.0.0.1:54321</c> (https when TLS is on).</summary>
    public Uri Address { get; }

    /// <summary>The host's services (its worlds), for tests that watch a world from inside.</summary>
    internal IServiceProvider Services => _app.Services;

    /// <summary>Starts the simulators and returns once they accept calls.</summary>
    /// <exception cref="SimulatorConfigurationException">A places file, certificate or address is wrong (one-line message).</exception>
    public static async Task<SimulatorHost> StartAsync(SimulatorHostOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var places = PlaceCatalogue.Load(options.PlacesFile);
        if (options.Defects.FirstOrDefault(name => Defects.SimulatorDefects.Find(name) is null) is { } unknown)
        {
            throw new SimulatorConfigurationException($"unknown defect '{unknown}'; `esn defects` lists the ones the simulators know");
        }

        try
        {
            options.DirectMode.Validate();
        }
        catch (ArgumentException e)
        {
            throw new SimulatorConfigurationException(e.Message, e);
        }

        var certificate = options.CertificatePath is { } path
            ? Certificates.Load(path, options.CertificateKeyPath, options.CertificatePassword, "certificate")
            : null;
        var clientCa = options.ClientCaPath is { } ca ? Certificates.LoadCa(ca, "client CA") : null;
        if (clientCa is not null && certificate is null)
        {
            throw new SimulatorConfigurationException("client CA is set but no server certificate: mutual TLS needs CertificatePath too");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Many streams per terminal farm: spread them over several connections so both ends demultiplex in parallel.
            kestrel.Limits.Http2.MaxStreamsPerConnection = 250;
            kestrel.Limits.Http2.InitialConnectionWindowSize = 4 * 1024 * 1024;
            kestrel.Limits.MaxConcurrentConnections = null;
            kestrel.Listen(options.Address, options.Port, listen =>
            {
                listen.Protocols = certificate is null ? HttpProtocols.Http2 : HttpProtocols.Http1AndHttp2;
                if (certificate is not null)
                {
                    listen.UseHttps(https => ConfigureTls(https, certificate, clientCa));
                }
            });
        });
        builder.Services.AddEsnSimulators(options, places, certificate);
        var app = builder.Build();
        app.Services.OpenRegistries();
        app.Use(EndStreamsOnStop(app.Lifetime));
        app.MapEsnSimulators();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            await app.DisposeAsync();
            throw new SimulatorConfigurationException($"cannot listen on {options.Address}:{options.Port}: {e.Message}", e);
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var address = new Uri(bound);
        app.Services.GetRequiredService<HostAddress>().Set(address);
        return new SimulatorHost(app, address, certificate);
    }

    /// <summary>Stops the host and releases its port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.Services.GetRequiredService<NamespaceDirectory>().DisposeAsync();
        await _app.DisposeAsync();
        _certificate?.Dispose();
    }

    /// <summary>
    /// Long-lived streams (terminal downlinks, observers) never finish on their own, so a graceful stop would wait for
    /// them until the host's shutdown timeout (30 s). When the host starts stopping, every open request is aborted:
    /// its handler sees the call cancelled and ends at once, and the host stops in milliseconds.
    /// </summary>
    private static Func<Microsoft.AspNetCore.Http.HttpContext, Func<Task>, Task> EndStreamsOnStop(Microsoft.Extensions.Hosting.IHostApplicationLifetime lifetime) =>
        async (context, next) =>
        {
            using var stopping = lifetime.ApplicationStopping.Register(context.Abort);
            await next();
        };

    private static void ConfigureTls(HttpsConnectionAdapterOptions https, X509Certificate2 certificate, X509Certificate2? clientCa)
    {
        https.ServerCertificate = certificate;
        if (clientCa is null)
        {
            return;
        }

        https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
        https.ClientCertificateValidation = (cert, _, _) => Certificates.ChainsTo(cert, clientCa);
    }
}
