using EsnHarness.Contracts.CadGateway.V1;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Net.Client;

namespace EsnHarness.Simulators.Tests.CadGateway;

/// <summary>A scenario with a fake LAS CAD, the LAS CAD gateway configured on it, and crews whose terminals CAD knows.</summary>
internal sealed class GatewayScenario(Scenario scenario, FakeCad cad, CadGatewayService.CadGatewayServiceClient gateway) : IAsyncDisposable
{
    public const string GatewayId = "sip:las-cad-gateway@las.esn.gov.uk";

    public Scenario Scenario => scenario;

    public FakeCad Cad => cad;

    public CadGatewayService.CadGatewayServiceClient Gateway => gateway;

    /// <summary>Switches <paramref name="defects"/> on in a new namespace, then configures the LAS gateway on a new fake CAD.</summary>
    public static async Task<GatewayScenario> StartAsync(GrpcChannel channel, params string[] defects)
    {
        var scenario = new Scenario(channel);
        if (defects.Length > 0)
        {
            await new ReferenceDefects.ReferenceDefectsClient(channel).ActivateAsync(new ActivateDefectsRequest { Names = { defects } }, scenario.Headers);
        }

        var cad = await FakeCad.StartAsync();
        var gateway = new CadGatewayService.CadGatewayServiceClient(channel);
        await gateway.ConfigureAsync(new ConfigureGatewayRequest { Agency = Agency.Las, McpttId = GatewayId, DisplayName = "LAS CAD gateway", CadUrl = cad.Address.ToString() }, scenario.Headers);
        return new GatewayScenario(scenario, cad, gateway);
    }

    /// <summary>A crew's terminal, in CAD's register under <paramref name="callsign"/>.</summary>
    public async Task<DeviceProbe> CrewAsync(string callsign, Agency agency = Agency.Las, string? mcpttId = null)
    {
        var crew = await scenario.DeviceAsync(callsign.ToLowerInvariant(), agency: agency, role: "paramedic", mcpttId: mcpttId);
        cad.Register(callsign, crew.McpttId);
        return crew;
    }

    public Task<DispatchResponse> DispatchAsync(string incident, params string[] callsigns) =>
        gateway.DispatchAsync(new DispatchRequest { Agency = Agency.Las, IncidentId = incident, Summary = "cardiac arrest, Lower Marsh", Callsigns = { callsigns } }, scenario.Headers).ResponseAsync;

    public Task SendTextAsync(DeviceProbe crew, string text) =>
        scenario.Devices.SendSdsAsync(new SendSdsRequest { DeviceId = crew.DeviceId, TargetMcpttId = GatewayId, Text = text }, scenario.Headers).ResponseAsync;

    public Task SendStatusAsync(DeviceProbe crew, uint code) =>
        scenario.Devices.SendStatusAsync(new SendStatusRequest { DeviceId = crew.DeviceId, TargetMcpttId = GatewayId, StatusCode = code }, scenario.Headers).ResponseAsync;

    public ValueTask DisposeAsync() => cad.DisposeAsync();
}
