using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Tests.Support;

namespace EsnHarness.Steps.Tests.Drivers;

/// <summary>The terminal fleet and its drivers against the embedded simulators, through the contracts only.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class TerminalFleetTests
{
    private static readonly UserName Jones = new("FF Jones");
    private static readonly UserName Ahmed = new("FF Ahmed");
    private static readonly GroupName Ops = new("FLON-OPS01");
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
    public async Task ReleaseAsync_TerminalsLoggedOn_EveryTerminalPoweredOffBeforeTheNamespaceCloses()
    {
        var scenario = ScenarioDrivers.Start(_target, "Fleet");
        await scenario.Fleet.LogOnAsync(Jones, Agency.Lfb, new PlaceName("surface-street"));
        await scenario.Fleet.LogOnAsync(Ahmed, Agency.Lfb, new PlaceName("surface-street"));

        var failures = await scenario.Session.ReleaseAsync();
        var devices = new DeviceService.DeviceServiceClient(scenario.Session.Invoker(EsnRole.Device));
        var states = await Task.WhenAll(new[] { Jones, Ahmed }.Select(async u =>
            await devices.GetStateAsync(new DeviceRef { DeviceId = scenario.Cast.Get(u).DeviceId })));
        await scenario.DisposeAsync();

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(states.Select(s => s.PoweredOn), Is.All.False);
            Assert.That(states.Select(s => s.Registered), Is.All.False);
        });
    }

    [Test]
    public async Task DisposeAsync_AfterTheScenario_EveryEventLogEnded()
    {
        var scenario = ScenarioDrivers.Start(_target, "Fleet");
        await scenario.Fleet.LogOnAsync(Jones, Agency.Lfb, new PlaceName("surface-street"));

        await scenario.DisposeAsync();

        Assert.That(scenario.Fleet.Logs.Select(o => o.Log.Ended), Is.All.Not.Null, "the Observe streams stop with the scenario");
    }

    [Test]
    public async Task PressPttAndAwaitAnswerAsync_FloorFree_TerminalReportsTheParticipantStatesAsEnums()
    {
        await using var scenario = ScenarioDrivers.Start(_target, "Fleet");
        await scenario.Fleet.LogOnAsync(Jones, Agency.Lfb, new PlaceName("surface-street"));
        await scenario.Fleet.LogOnAsync(Ahmed, Agency.Lfb, new PlaceName("surface-street"));
        var groups = new Groups(scenario.Session, scenario.Cast, scenario.Keys);
        await groups.CreateAsync(Ops, Agency.Lfb, [Jones, Ahmed]);
        await Task.WhenAll(scenario.Fleet.AffiliateAsync(Jones, Ops), scenario.Fleet.AffiliateAsync(Ahmed, Ops));

        await scenario.Floor.PressPttAndAwaitAnswerAsync(Jones, Ops);
        var devices = new DeviceService.DeviceServiceClient(scenario.Session.Invoker(EsnRole.Device));
        var state = await devices.GetStateAsync(new DeviceRef { DeviceId = scenario.Cast.Get(Jones).DeviceId });

        Assert.That(state.FloorParticipantState, Is.EqualTo(FloorParticipantState.HasPermission));
    }

    [Test]
    public async Task TalkAsync_TalkerHoldsTheFloor_KeepsSpeakingPastTheEndOfMediaTimerUntilReleased()
    {
        await using var scenario = ScenarioDrivers.Start(_target, "Fleet");
        await scenario.Fleet.LogOnAsync(Jones, Agency.Lfb, new PlaceName("surface-street"));
        await scenario.Fleet.LogOnAsync(Ahmed, Agency.Lfb, new PlaceName("surface-street"));
        var groups = new Groups(scenario.Session, scenario.Cast, scenario.Keys);
        await groups.CreateAsync(Ops, Agency.Lfb, [Jones, Ahmed]);
        await Task.WhenAll(scenario.Fleet.AffiliateAsync(Jones, Ops), scenario.Fleet.AffiliateAsync(Ahmed, Ops));

        await scenario.Floor.TalkAsync(Jones, Ops);
        var jones = scenario.Cast.Get(Jones).McpttId;
        var heard = scenario.Fleet.Log(scenario.Cast.Get(Ahmed));
        // Frame 250 is 5 s into the burst: past the 4 s after which the MCX's end-of-media timer (T1) frees a floor held in silence.
        var late = await heard.WaitAsync(e => e.Media is { } m && m.Packet.SenderMcpttId == jones && m.Packet.Sequence >= 250, 0, TimeSpan.FromSeconds(60), "FF Jones's 250th voice frame");
        var idleMeanwhile = heard.Snapshot().TakeWhile(e => e != late).SkipWhile(e => e.Floor is not { Kind: FloorEventKind.Taken })
            .Any(e => e.Floor is { Kind: FloorEventKind.Idle });
        await scenario.Floor.ReleasePttAndAwaitAsync(Jones, Ops);
        var devices = new DeviceService.DeviceServiceClient(scenario.Session.Invoker(EsnRole.Device));
        var state = await devices.GetStateAsync(new DeviceRef { DeviceId = scenario.Cast.Get(Jones).DeviceId });

        Assert.Multiple(() =>
        {
            Assert.That(idleMeanwhile, Is.False, "the floor never went idle while FF Jones was talking");
            Assert.That(late.Media.Packet.FrameDurationMs, Is.EqualTo(20), "paced 20 ms frames");
            Assert.That(state.FloorParticipantState, Is.Not.EqualTo(FloorParticipantState.HasPermission), "released");
        });
    }

    [Test]
    public async Task ExpectGrantedAsync_FloorTakenByAnother_FailsNamingTheLastEventsInTheCataloguesWords()
    {
        await using var scenario = ScenarioDrivers.Start(_target, "Fleet");
        await scenario.Fleet.LogOnAsync(Jones, Agency.Lfb, new PlaceName("surface-street"));
        await scenario.Fleet.LogOnAsync(Ahmed, Agency.Lfb, new PlaceName("surface-street"));
        var groups = new Groups(scenario.Session, scenario.Cast, scenario.Keys);
        await groups.CreateAsync(Ops, Agency.Lfb, [Jones, Ahmed]);
        await groups.ConfigureAsync(Ops, [("queueing", "off")]);
        await Task.WhenAll(scenario.Fleet.AffiliateAsync(Jones, Ops), scenario.Fleet.AffiliateAsync(Ahmed, Ops));
        await scenario.Floor.TalkAsync(Jones, Ops);

        await scenario.Floor.PressPttAndAwaitAnswerAsync(Ahmed, Ops);
        var failure = Assert.ThrowsAsync<ExpectationFailedException>(async () => await scenario.Floor.ExpectGrantedAsync(Ahmed, Ops));

        Assert.Multiple(() =>
        {
            Assert.That(failure!.Message, Does.Contain("Last events at FF Ahmed's terminal:"));
            Assert.That(failure.Message, Does.Match(@"\d\d:\d\d:\d\d\.\d{3} FF Ahmed: Floor Deny, cause 1 \(another client has permission\) on FLON-OPS01 \(call "));
            Assert.That(failure.Message, Does.Not.Contain("{"), "no raw protobuf JSON in the message");
            Assert.That(scenario.Output.Attachments.Select(a => a.FileName), Does.Contain("ff-ahmed-events.json"));
            Assert.That(scenario.Output.Attachments.First().Body, Does.Contain("\"floor\""), "the raw events are attached");
        });
    }

    [Test]
    public async Task StateAsync_LoggedOn_RegisteredAndInService()
    {
        await using var scenario = ScenarioDrivers.Start(_target, "Fleet");
        await scenario.Fleet.LogOnAsync(Jones, Agency.Lfb, new PlaceName("surface-street"));

        var state = await scenario.Fleet.StateAsync(Jones);

        Assert.Multiple(() =>
        {
            Assert.That(state.Registered, Is.True);
            Assert.That(state.InService, Is.True);
            Assert.That(state.Groups, Is.Empty);
        });
    }
}
