using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Tests.Support;

namespace EsnHarness.Steps.Tests.Drivers;

/// <summary>The Airwave drivers (identity table, migration plan) against the embedded simulators, through the contracts only.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class InterworkingDriversTests
{
    private static readonly UserName Doyle = new("PC Doyle");
    private static readonly UserName Patel = new("PC Patel");
    private static readonly GroupName Ops = new("MPS-LX-OPS1");
    private SimulatorHost _host = null!;
    private EsnTarget _target = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await SimulatorHost.StartAsync(new SimulatorHostOptions());
        var url = _host.Address.ToString();
        _target = EsnTarget.FromUrls(new Dictionary<string, string> { ["mcx"] = url, ["network"] = url, ["device"] = url, ["interworking"] = url });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _target.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task MapAsync_RadioUserAndEsnUser_RadioHomedOnTheBridgedGroupAndEsnUserShownByTheIssi()
    {
        await using var s = AirwaveScenario.Start(_target);
        await s.Drivers.Fleet.LogOnAsync(Patel, Agency.Mps, new PlaceName("Brixton"));
        await s.Groups.CreateAsync(Ops, Agency.Mps, [Patel]);
        await s.Interworking.PatchAsync("MPS-LX-TG1", Ops, Agency.Mps);
        await s.Interworking.RegisterRadioAsync(Doyle, Agency.Mps, "MPS-LX-TG1");

        await s.Identities.MapAsync([new IdentityRow(Doyle, null, "LX241"), new IdentityRow(Patel, "2101001", null)]);
        var mcx = new McxService.McxServiceClient(s.Drivers.Session.Invoker(EsnRole.Mcx));
        var affiliated = await mcx.GetAffiliationsAsync(new GetAffiliationsRequest { GroupId = Ops.Value });

        Assert.Multiple(() =>
        {
            Assert.That(s.Drivers.Cast.Get(Doyle).McpttId, Is.EqualTo("sip:pc-doyle@airwave.mps.esn.gov.uk"), "the radio now shows under its mapped identity");
            Assert.That(affiliated.Affiliations.Select(a => a.McpttId), Does.Contain("sip:pc-doyle@airwave.mps.esn.gov.uk"), "the IWF homed the radio user on the bridged group");
            Assert.That(s.Terminals.TetraIdentityOf(s.Drivers.Cast.Get(Patel)), Is.EqualTo(("2101001", "PC Patel")));
        });
    }

    [Test]
    public async Task MapAsync_EsnUserGivenATetraTerminalsIssi_ArgumentExceptionNamingTheTerminal()
    {
        await using var s = AirwaveScenario.Start(_target);
        var dispatcher = new UserName("MetCC Dispatcher Ward");
        await s.Drivers.Fleet.LogOnAsync(dispatcher, Agency.Mps, new PlaceName("Lambeth"), MemberKind.Console, ControlRoom.Parse("MetCC"));
        await s.Groups.CreateAsync(Ops, Agency.Mps, [dispatcher]);
        await s.Interworking.PatchAsync("MPS-LX-TG1", Ops, Agency.Mps);
        await s.Interworking.RegisterConsoleAsync(dispatcher, "MPS-LX-TG1", "2100001");

        var e = Assert.ThrowsAsync<ArgumentException>(() => s.Identities.MapAsync([new IdentityRow(dispatcher, "2100001", null)]));

        Assert.That(e!.Message, Does.Contain("ISSI 2100001 is MetCC Dispatcher Ward's Airwave console"));
    }

    [Test]
    public async Task MapAsync_RadioUserGivenAnotherIssi_ArgumentExceptionGivingTheRadiosIssi()
    {
        await using var s = AirwaveScenario.Start(_target);
        await s.Groups.CreateAsync(Ops, Agency.Mps, []);
        await s.Interworking.PatchAsync("MPS-LX-TG1", Ops, Agency.Mps);
        await s.Interworking.RegisterRadioAsync(Doyle, Agency.Mps, "MPS-LX-TG1");

        var e = Assert.ThrowsAsync<ArgumentException>(() => s.Identities.MapAsync([new IdentityRow(Doyle, "1", null)]));

        Assert.That(e!.Message, Does.Contain($"PC Doyle's Airwave radio has ISSI {s.Terminals.Radio(Doyle).Issi}"));
    }

    [Test]
    public async Task Staff_OfficerOnATalkgroupOrGroupOutsideThePlan_ArgumentExceptionNamingThePlans()
    {
        await using var s = AirwaveScenario.Start(_target);
        s.Wave.Plan(Agency.Mps, [new MigrationTalkgroup("MPS-LX-TG1", "Lambeth", Ops)]);

        var talkgroup = Assert.Throws<ArgumentException>(() => s.Wave.Staff([new MigrationOfficer(Doyle, "Lambeth", new PlaceName("Brixton"), "MPS-SX-TG1", [Ops])]));
        var group = Assert.Throws<ArgumentException>(() => s.Wave.Staff([new MigrationOfficer(Doyle, "Lambeth", new PlaceName("Brixton"), "MPS-LX-TG1", [new GroupName("MPS-SX-OPS1")])]));
        var borough = Assert.Throws<ArgumentException>(() => s.Wave.Of("Southwark"));

        Assert.Multiple(() =>
        {
            Assert.That(talkgroup!.Message, Does.Contain("'MPS-SX-TG1' is not in the migration plan; its talkgroups are MPS-LX-TG1"));
            Assert.That(group!.Message, Does.Contain("ESN group \"MPS-SX-OPS1\" is not in the migration plan"));
            Assert.That(borough!.Message, Does.Contain("no talkgroup of 'Southwark'; its boroughs are Lambeth"));
        });
    }

    [Test]
    public async Task Plan_TalkgroupListedTwice_ArgumentExceptionNamingIt()
    {
        await using var s = AirwaveScenario.Start(_target);

        var e = Assert.Throws<ArgumentException>(() => s.Wave.Plan(Agency.Mps, [new MigrationTalkgroup("TG1", "Lambeth", Ops), new MigrationTalkgroup("tg1", "Southwark", Ops)]));

        Assert.That(e!.Message, Does.Contain("lists talkgroup 'TG1' twice"));
    }

    /// <summary>One scenario's Airwave drivers, built as the runner's injection builds them, released and disposed as it does.</summary>
    private sealed class AirwaveScenario : IAsyncDisposable
    {
        private AirwaveScenario(ScenarioDrivers drivers)
        {
            Drivers = drivers;
            Groups = new Groups(drivers.Session, drivers.Cast, drivers.Keys);
            Terminals = new AirwaveTerminals(drivers.Session, drivers.Output);
            Feed = new InterworkingStatusFeed(drivers.Session, drivers.Cast, drivers.Output);
            Interworking = new Interworking(drivers.Session, drivers.Cast, Groups, drivers.Fleet, Terminals, new AirwaveChecks(Terminals, drivers.Cast, drivers.Session), Feed, drivers.Output);
            Identities = new InterworkingIdentities(drivers.Session, drivers.Cast, Groups, Interworking, Terminals);
            Wave = new MigrationWave(drivers.Session, drivers.Cast, Groups, drivers.Fleet, Interworking, Identities);
        }

        public ScenarioDrivers Drivers { get; }

        public Groups Groups { get; }

        public AirwaveTerminals Terminals { get; }

        public InterworkingStatusFeed Feed { get; }

        public Interworking Interworking { get; }

        public InterworkingIdentities Identities { get; }

        public MigrationWave Wave { get; }

        public static AirwaveScenario Start(EsnTarget target) => new(ScenarioDrivers.Start(target, "Airwave"));

        public async ValueTask DisposeAsync()
        {
            await Drivers.DisposeAsync();
            await Feed.DisposeAsync();
            await Terminals.DisposeAsync();
        }
    }
}
