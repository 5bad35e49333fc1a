using EsnHarness.Simulators;
using EsnHarness.Stubs;

namespace EsnHarness.Steps;

/// <summary>The embedded reference profile: simulators and stubs on 127.0.0.1, and the <see cref="EsnTarget"/> that points at them.</summary>
public sealed class ReferenceEnvironment : IAsyncDisposable
{
    private readonly SimulatorHost _simulators;
    private readonly StubHost _stubs;

    private ReferenceEnvironment(SimulatorHost simulators, StubHost stubs, EsnTarget target)
    {
        _simulators = simulators;
        _stubs = stubs;
        Target = target;
    }

    /// <summary>The embedded HTTP stubs (IdMS, KMS, CAD, AVL, GMS, CMS); each scenario opens its own session on it.</summary>
    public StubHost Stubs => _stubs;

    /// <summary>The target every scenario uses.</summary>
    public EsnTarget Target { get; }

    /// <summary>Starts the simulators (gRPC roles) and the stubs under <paramref name="stubsFolder"/> (HTTP roles).</summary>
    /// <param name="stubsFolder">The repository's stubs/ folder.</param>
    /// <param name="simulatorOptions">Simulator options; default: loopback, port 0, London places.</param>
    public static async Task<ReferenceEnvironment> StartAsync(string stubsFolder, SimulatorHostOptions? simulatorOptions = null)
    {
        var simulators = await SimulatorHost.StartAsync(simulatorOptions ?? new SimulatorHostOptions());
        try
        {
            var stubs = await StubHost.StartAsync(stubsFolder);
            var grpc = new[] { EsnRole.Mcx, EsnRole.Network, EsnRole.Device, EsnRole.Interworking, EsnRole.ControlRoom, EsnRole.CadGateway };
            var target = new EsnTarget(grpc.ToDictionary(r => r, _ => simulators.Address), "reference");
            return new ReferenceEnvironment(simulators, stubs, target);
        }
        catch
        {
            await simulators.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Target.DisposeAsync();
        await _stubs.DisposeAsync();
        await _simulators.DisposeAsync();
    }
}
