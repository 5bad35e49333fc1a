using EsnHarness.Simulators;
using EsnHarness.Steps;

namespace EsnHarness.Steps.Tests.Support;

/// <summary>One simulator host on 127.0.0.1 for a fixture, as `esn run` shares one, and the target pointing every role at it.</summary>
public sealed class EmbeddedSimulators : IAsyncDisposable
{
    private EmbeddedSimulators(SimulatorHost host, EsnTarget target) => (Host, Target) = (host, target);

    public SimulatorHost Host { get; }

    public EsnTarget Target { get; }

    public static async Task<EmbeddedSimulators> StartAsync()
    {
        var host = await SimulatorHost.StartAsync(new SimulatorHostOptions());
        var url = host.Address.ToString();
        return new EmbeddedSimulators(host, EsnTarget.FromUrls(new Dictionary<string, string> { ["mcx"] = url, ["network"] = url, ["device"] = url }));
    }

    public async ValueTask DisposeAsync()
    {
        await Target.DisposeAsync();
        await Host.DisposeAsync();
    }
}
