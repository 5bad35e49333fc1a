using EsnHarness.Simulators.Tests.Support;
using Grpc.Net.Client;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests;

/// <summary>One in-process simulator host on 127.0.0.1 for the whole test run; scenarios isolate by namespace.</summary>
[SetUpFixture]
public sealed class HostSetup
{
    public static SimulatorHost Host { get; private set; } = null!;

    public static GrpcChannel Channel { get; private set; } = null!;

    public static Scenario NewScenario() => new(Channel);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Host = await SimulatorHost.StartAsync(new SimulatorHostOptions
        {
            SdsRetransmitInterval = TimeSpan.FromMilliseconds(20),
            DispositionTimer = TimeSpan.FromMilliseconds(500),
        });
        Channel = GrpcChannel.ForAddress(Host.Address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        Channel.Dispose();
        await Host.DisposeAsync();
    }
}
