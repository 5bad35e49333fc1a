using EsnHarness.Steps.WebConsoles;
using EsnHarness.Targets;
using EsnHarness.WebConsole;

namespace EsnHarness.Hosting.Internal;

/// <summary>
/// Serves the reference web console for each dispatcher a scenario seats, on 127.0.0.1 (a free port), as an MCX client of the run's
/// MCX (embedded or the profile's, with its TLS settings) in the scenario's namespace.
/// </summary>
internal sealed class EmbeddedWebConsoles(ResolvedProfile profile, EsnTarget target) : IWebConsoleSeats
{
    public async Task<IWebConsoleSeat> OpenAsync(WebConsoleSeatRequest request, CancellationToken cancellationToken)
    {
        var options = new WebConsoleOptions
        {
            Mcx = Connection(request),
            Dispatcher = Position(request),
            Groups = [],
            Login = new ConsoleLogin(request.User, request.Password),
            TimeProvider = target.Clock,
        };
        return new EmbeddedSeat(await WebConsoleHost.StartAsync(options, cancellationToken), this);
    }

    /// <summary>The run's MCX (with its TLS settings) in the request's namespace, with the position's token.</summary>
    public McxConnection Connection(WebConsoleSeatRequest request)
    {
        var mcx = profile.Endpoints[EsnRole.Mcx];
        return new McxConnection(target.Endpoint(EsnRole.Mcx))
        {
            NetworkAddress = target.Has(EsnRole.Network) ? target.Endpoint(EsnRole.Network) : null,
            Namespace = request.Namespace,
            CaBundlePath = mcx.Tls?.CaBundle,
            ClientCertificatePath = mcx.Tls?.ClientCertificate,
            ClientKeyPath = mcx.Tls?.ClientKey,
            AccessToken = request.AccessToken.Length > 0 ? request.AccessToken : null,
        };
    }

    public static DispatcherPosition Position(WebConsoleSeatRequest request) =>
        new(request.McpttId, request.Agency, request.DisplayName, request.ControlRoom);
}
