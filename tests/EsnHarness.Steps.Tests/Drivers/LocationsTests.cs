using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Tests.Support;
using EsnHarness.Targets;

namespace EsnHarness.Steps.Tests.Drivers;

/// <summary>The location driver against the embedded simulators on 127.0.0.1, through the contracts only.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class LocationsTests
{
    private static readonly UserName Crew = new("Crew A241");
    private static readonly ControlRoom LfbControl = ControlRoom.Parse("LFB Control");
    private EmbeddedSimulators _simulators = null!;

    // One host for the fixture, as `esn run` shares one: every World is its own scenario namespace on it.
    [OneTimeSetUp]
    public async Task StartAsync() => _simulators = await EmbeddedSimulators.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _simulators.DisposeAsync();

    [Test]
    public async Task PositionAgeAsync_TimePassedWithoutPeriodicReporting_CountsThePassedTime()
    {
        await using var world = await World.StartAsync(_simulators.Target);

        await world.Locations.PassTimeAsync(Crew, TimeSpan.FromSeconds(30));
        await world.Locations.ExpectNoReportAsync(Crew, TimeSpan.FromMilliseconds(100));
        var age = await world.Locations.PositionAgeAsync(LfbControl, Crew);

        Assert.That(age, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(30)), "only the log-on position exists, measured before the 30 s passed");
    }

    [Test]
    public async Task PositionAgeAsync_PeriodicPolicyThenTimePasses_FreshReport()
    {
        await using var world = await World.StartAsync(_simulators.Target);
        await world.Locations.SetPolicyAsync(Crew, TimeSpan.FromSeconds(30), 200);

        await world.Locations.PassTimeAsync(Crew, TimeSpan.FromSeconds(30));
        var report = await world.Locations.ExpectReportAsync(Crew, TimeSpan.FromSeconds(5));
        var age = await world.Locations.PositionAgeAsync(LfbControl, Crew);

        Assert.Multiple(() =>
        {
            Assert.That(report.Trigger, Is.EqualTo(LocationTrigger.Periodic));
            Assert.That(age, Is.LessThan(TimeSpan.FromSeconds(5)));
        });
    }

    [Test]
    public async Task ExpectNoReportAsync_MoveBeyondTheDistance_FailsNamingTheReport()
    {
        await using var world = await World.StartAsync(_simulators.Target);
        await world.Locations.SetPolicyAsync(Crew, TimeSpan.FromSeconds(30), 200);

        await world.Locations.MoveByAsync(Crew, 250);

        Assert.That(async () => await world.Locations.ExpectNoReportAsync(Crew, TimeSpan.FromMilliseconds(500)),
            Throws.TypeOf<ExpectationFailedException>().With.Message.Contains("distance"));
    }

    [Test]
    public async Task ExpectReportAsync_MoveThatTriggersNothing_FailsDespiteTheOlderLogOnReport()
    {
        await using var world = await World.StartAsync(_simulators.Target);

        // The place the crew logged on at (by its name this time): same cell and position, no cell change, no distance.
        await world.Drivers.Mobility.MoveAsync(Crew, new PlaceName("Whitehall"));

        Assert.That(async () => await world.Locations.ExpectReportAsync(Crew, TimeSpan.FromMilliseconds(300)),
            Throws.TypeOf<ExpectationFailedException>().With.Message.Contains("a location report from \"Crew A241\""));
    }

    [Test]
    public async Task ExpectReportAsync_MoveToAnotherCell_CellChangeReport()
    {
        await using var world = await World.StartAsync(_simulators.Target);

        await world.Drivers.Mobility.MoveAsync(Crew, new PlaceName("notting-hill-carnival"));
        var report = await world.Locations.ExpectReportAsync(Crew, TimeSpan.FromSeconds(5));

        Assert.That(report.Trigger, Is.EqualTo(LocationTrigger.CellChange));
    }

    [Test]
    public async Task ExpectShownAtAsync_LoggedOnPosition_ShownWithItsDelayFromMeasurement()
    {
        await using var world = await World.StartAsync(_simulators.Target);
        var start = (await world.Locations.LastAsync(Crew)).Position;

        var shown = await world.Locations.ExpectShownAtAsync(LfbControl, Crew, start, 10, TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(shown.Trigger, Is.EqualTo(LocationTrigger.LogOn));
            Assert.That(shown.Delay, Is.GreaterThan(TimeSpan.Zero).And.LessThan(TimeSpan.FromSeconds(5)));
        });
    }

    [Test]
    public async Task ExpectShownAtAsync_NeverThere_FailsAfterTheDeadline()
    {
        await using var world = await World.StartAsync(_simulators.Target);
        var start = (await world.Locations.LastAsync(Crew)).Position;

        await world.Locations.MoveByAsync(Crew, 50);

        Assert.That(async () => await world.Locations.ExpectShownAtAsync(LfbControl, Crew, start with { Latitude = start.Latitude + 0.0009 }, 20, TimeSpan.FromMilliseconds(300)),
            Throws.TypeOf<ExpectationFailedException>().With.Message.Contains("LFB Control to show \"Crew A241\""));
    }

    [Test]
    public async Task ExpectShownAtAsync_OtherAgencysControlRoom_Refused()
    {
        await using var world = await World.StartAsync(_simulators.Target);

        Assert.That(async () => await world.Locations.ExpectShownAtAsync(ControlRoom.Parse("MetCC"), Crew, new Position(51.5, -0.1, 0), 300, TimeSpan.FromSeconds(1)),
            Throws.ArgumentException.With.Message.Contains("There is no dispatcher at MetCC"));
    }

    private sealed class World : IAsyncDisposable
    {
        private World(ScenarioDrivers drivers, Locations locations)
        {
            Drivers = drivers;
            Locations = locations;
        }

        public Locations Locations { get; }

        public ScenarioDrivers Drivers { get; }

        public static async Task<World> StartAsync(EsnTarget target)
        {
            var drivers = ScenarioDrivers.Start(target, "Locations");
            await drivers.Fleet.LogOnAsync(Crew, Agency.Lfb, new PlaceName("surface-street"));
            await drivers.Fleet.LogOnAsync(new UserName("LFB Control Officer Khan"), Agency.Lfb, new PlaceName("surface-street"), MemberKind.Console, LfbControl);
            return new World(drivers, new Locations(drivers.Session, drivers.Cast, drivers.Fleet));
        }

        public async ValueTask DisposeAsync()
        {
            await Locations.DisposeAsync();
            await Drivers.DisposeAsync();
        }
    }
}
