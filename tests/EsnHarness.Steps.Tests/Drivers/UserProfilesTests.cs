using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Tests.Support;

namespace EsnHarness.Steps.Tests.Drivers;

/// <summary>
/// The user profile as the steps change it, read back from the MCX service (the GMS/CMS role): every step edits its
/// own fields, and no later step puts back another field an earlier step set.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class UserProfilesTests
{
    private static readonly UserName Officer = new("PC Patel");
    private SimulatorHost _host = null!;
    private EsnTarget _target = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await SimulatorHost.StartAsync(new SimulatorHostOptions());
        var url = _host.Address.ToString();
        _target = EsnTarget.FromUrls(new Dictionary<string, string> { ["mcx"] = url, ["network"] = url, ["device"] = url });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _target.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task SetMaxSdsSizeAsync_AfterFloorPriorityAndNoAnswerTime_KeepsBoth()
    {
        await using var scenario = ScenarioDrivers.Start(_target, "Profiles");
        await scenario.Fleet.LogOnAsync(Officer, Agency.Mps, new PlaceName("surface-street"));
        await scenario.Profiles.SetFloorPriorityAsync(Officer, 200);
        await scenario.Profiles.SetNoAnswerTimeAsync(Officer, TimeSpan.FromSeconds(2));

        await scenario.Profiles.SetMaxSdsSizeAsync(50_000);
        var stored = await ProfileAsync(scenario.Session, scenario.Cast.Get(Officer));

        Assert.Multiple(() =>
        {
            Assert.That(stored.MaxSdsSizeBytes, Is.EqualTo(50_000));
            Assert.That(stored.FloorPriority, Is.EqualTo(200), "the floor priority an earlier step set");
            Assert.That(stored.PrivateCallNoAnswerMs, Is.EqualTo(2000), "the ringing time an earlier step set");
        });
    }

    [Test]
    public async Task SetFloorPriorityAsync_AfterNoAnswerTimeAndSdsLimits_KeepsThem()
    {
        await using var scenario = ScenarioDrivers.Start(_target, "Profiles");
        await scenario.Fleet.LogOnAsync(Officer, Agency.Mps, new PlaceName("surface-street"));
        await scenario.Profiles.SetMaxSdsControlPlaneAsync(1000);
        await scenario.Profiles.SetNoAnswerTimeAsync(Officer, TimeSpan.FromSeconds(3));

        await scenario.Profiles.SetFloorPriorityAsync(Officer, 60);
        var stored = await ProfileAsync(scenario.Session, scenario.Cast.Get(Officer));

        Assert.Multiple(() =>
        {
            Assert.That(stored.FloorPriority, Is.EqualTo(60));
            Assert.That(stored.PrivateCallNoAnswerMs, Is.EqualTo(3000), "the ringing time an earlier step set");
            Assert.That(stored.MaxSdsControlPlaneBytes, Is.EqualTo(1000), "the control-plane limit an earlier step set");
        });
    }

    private static async Task<UserProfile> ProfileAsync(EsnSession session, CastMember member) =>
        await new McxConfiguration.McxConfigurationClient(session.Invoker(EsnRole.Mcx)).GetUserProfileAsync(new GetUserProfileRequest { McpttId = member.McpttId });
}
