using EsnHarness.Contracts.CadGateway.V1;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Hosting;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.CadGateway;

/// <summary>The CAD ↔ ESN gateways of one namespace, one per agency, each reaching the MCX service through the host's
/// upstream MCX address and its agency's CAD at the address the namespace configured.</summary>
internal sealed class CadGatewayWorld(string ns, UpstreamChannels upstream, HttpClient cadHttp, WorldScope scope) : IWorld
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Agency, AgencyGateway> _gateways = [];

    public WorldScope Scope => scope;

    public async Task<ConfigureGatewayResponse> ConfigureAsync(ConfigureGatewayRequest request, CancellationToken ct)
    {
        if (request.Agency == Agency.Unspecified)
        {
            throw Errors.Invalid(Errors.Required("agency"));
        }

        if (string.IsNullOrWhiteSpace(request.McpttId))
        {
            throw Errors.Invalid(Errors.Required("mcptt_id"));
        }

        if (!Uri.TryCreate(request.CadUrl, UriKind.Absolute, out var cadUrl) || cadUrl.Scheme is not ("http" or "https"))
        {
            throw Errors.Invalid($"field 'cad_url' must be an absolute http:// or https:// address, got '{request.CadUrl}'");
        }

        var baseAddress = cadUrl.AbsoluteUri.EndsWith('/') ? cadUrl : new Uri(cadUrl.AbsoluteUri + "/");
        var segment = request.Agency.ToString().ToLowerInvariant();
        var gateway = new AgencyGateway(request.Clone(), new CadClient(cadHttp, baseAddress, segment),
            new McxService.McxServiceClient(upstream.Mcx), Namespaces.Headers(ns), scope);
        await gateway.StartAsync(ct);
        AgencyGateway? replaced;
        lock (_gate)
        {
            _gateways.Remove(request.Agency, out replaced);
            _gateways[request.Agency] = gateway;
        }

        if (replaced is not null && replaced.McpttId != gateway.McpttId)
        {
            await replaced.StopAsync();
        }

        return new ConfigureGatewayResponse { McpttId = gateway.McpttId };
    }

    public Task<DispatchResponse> DispatchAsync(DispatchRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.IncidentId))
        {
            throw Errors.Invalid(Errors.Required("incident_id"));
        }

        if (request.Callsigns.Count == 0 || request.Callsigns.Any(string.IsNullOrWhiteSpace))
        {
            throw Errors.Invalid("field 'callsigns' needs at least one callsign, none of them empty");
        }

        return Gateway(request.Agency).DispatchAsync(request, ct);
    }

    public GatewayActivity Activity(Agency agency) => Gateway(agency).Activity.Snapshot();

    public async ValueTask DisposeAsync()
    {
        List<AgencyGateway> gateways;
        lock (_gate)
        {
            gateways = [.. _gateways.Values];
            _gateways.Clear();
        }

        foreach (var gateway in gateways)
        {
            await gateway.StopAsync();
        }
    }

    private AgencyGateway Gateway(Agency agency)
    {
        lock (_gate)
        {
            return _gateways.TryGetValue(agency, out var gateway)
                ? gateway
                : throw Errors.Precondition($"no CAD gateway for agency {agency} in namespace '{ns}': call Configure first");
        }
    }
}
