using System.Security.Cryptography.X509Certificates;
using EsnHarness.Stubs.Internal.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Stubs;

/// <summary>
/// The front door of <c>esn stubs serve</c>: one address (HTTP, HTTPS or mutual TLS) that serves the stub catalogue
/// to anyone, and lets a harness running elsewhere open isolated sessions through a control API
/// (<c>/__esn/sessions</c>, see <see cref="RemoteStubSession"/>), so scenarios run against a standalone stub process
/// exactly as against the embedded one.
/// </summary>
public sealed class StubGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GatewaySessions _sessions;
    private readonly StubProxy _proxy;

    private StubGateway(WebApplication app, GatewaySessions sessions, StubProxy proxy, Uri address)
    {
        _app = app;
        _sessions = sessions;
        _proxy = proxy;
        Address = address;
    }

    /// <summary>The address clients use, e.g. <c>https://127.0.0.1:40211/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Sessions open now.</summary>
    public int OpenSessions => _sessions.Count;

    /// <summary>Starts the gateway in front of <paramref name="host"/> (which it does not own).</summary>
    /// <exception cref="StubHostException">It cannot listen, or mutual TLS was asked for without a server certificate.</exception>
    public static async Task<StubGateway> StartAsync(StubHost host, StubGatewayOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new StubGatewayOptions();
        if (options.ClientCaPath is not null && options.CertificatePath is null)
        {
            throw new StubHostException("a client CA is set but no server certificate: mutual TLS needs a certificate too");
        }

        var certificate = options.CertificatePath is { } path ? GatewayCertificates.Load(path, options.CertificateKeyPath, options.CertificatePassword) : null;
        var clientCa = options.ClientCaPath is { } ca ? GatewayCertificates.LoadCa(ca) : null;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(options.BindAddress, options.Port, listen =>
        {
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            if (certificate is not null)
            {
                listen.UseHttps(https => ConfigureTls(https, certificate, clientCa));
            }
        }));
        builder.Services.AddRouting();
        var app = builder.Build();
        var sessions = new GatewaySessions(host, options.MaxSessions);
        var proxy = new StubProxy();
        ControlApi.Map(app, host, sessions, proxy, options);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            await app.DisposeAsync();
            proxy.Dispose();
            throw new StubHostException($"cannot listen on {options.BindAddress}:{options.Port}: {e.Message}", e);
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StubGateway(app, sessions, proxy, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    /// <summary>Stops listening and closes every session still open.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _sessions.DisposeAsync();
        _proxy.Dispose();
    }

    private static void ConfigureTls(HttpsConnectionAdapterOptions https, X509Certificate2 certificate, X509Certificate2? clientCa)
    {
        https.ServerCertificate = certificate;
        if (clientCa is null)
        {
            return;
        }

        https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
        https.ClientCertificateValidation = (presented, _, _) => GatewayCertificates.ChainsTo(presented, clientCa);
    }
}
