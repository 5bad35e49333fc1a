using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EsnHarness.Simulators.Tests.Support;

/// <summary>A simulator host of its own whose clock is a <see cref="FakeTimeProvider"/>, for fixtures that move time by hand.</summary>
public sealed class FakeClockHost : IAsyncDisposable
{
    private FakeClockHost(FakeTimeProvider time, SimulatorHost host)
    {
        Time = time;
        Host = host;
        Channel = GrpcChannel.ForAddress(host.Address);
    }

    public FakeTimeProvider Time { get; }

    public SimulatorHost Host { get; }

    public GrpcChannel Channel { get; }

    /// <summary>Starts a host on a fake clock set to a fixed instant; <paramref name="options"/> may set anything but the clock.</summary>
    public static async Task<FakeClockHost> StartAsync(SimulatorHostOptions? options = null)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var host = await SimulatorHost.StartAsync((options ?? new SimulatorHostOptions()) with { TimeProvider = time });
        return new FakeClockHost(time, host);
    }

    /// <summary>A new scenario (its own namespace) on this host.</summary>
    public Scenario NewScenario() => new(Channel);

    /// <summary>The world of role <typeparamref name="T"/> that serves <paramref name="scenario"/>'s namespace.</summary>
    internal T World<T>(Scenario scenario)
        where T : class, IWorld =>
        Host.Services.GetRequiredService<WorldRegistry<T>>().For(scenario.Namespace);

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await Host.DisposeAsync();
    }
}
