using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>
/// Defects whose change shows only where something reads it: the call priority the MCX signals, where the network chooses
/// by it; a stale location, where a feed watches the user. A scenario in which nothing reads it does not reach the defect
/// (so <c>esn mutate</c> does not run it there); one in which something does, reaches it.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class NarrowReachTests
{
    private const string CallPriority = "mcx.call-priority-not-signalled";
    private const string StaleLocation = "mcx.stale-location-forwarded";

    private static ReferenceDefects.ReferenceDefectsClient Client => new(HostSetup.Channel);

    [Test]
    public async Task Consulted_CallAdmittedInACellWithRoom_CallPriorityNotReachedUntilTheReportListsIt()
    {
        var s = await DefectScenarios.StartAsync();
        await s.GroupAsync("LAS-LOW", g => (g.Agency, g.Priority) = (Agency.Las, 50));
        using var listener = await CallPreemptionTests.CallAsync(s, "las1", "LAS-LOW", Agency.Las, "las2");

        var afterCall = (await Client.ConsultedAsync(new ConsultedDefectsRequest(), s.Headers)).Names.ToList();
        var report = await s.Network.GetCongestionAsync(new GetCongestionRequest { CellId = "CELL-NOTTING-HILL" }, s.Headers);
        var afterReport = (await Client.ConsultedAsync(new ConsultedDefectsRequest(), s.Headers)).Names.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(report.Sessions, Has.Count.EqualTo(1), "the call asked the network for resources");
            Assert.That(afterCall, Does.Not.Contain(CallPriority), "any priority would have been admitted alike");
            Assert.That(afterReport, Does.Contain(CallPriority), "the report shows the session's priority");
        });
    }

    [Test]
    public async Task Consulted_CallInACellLoadedByPriority_CallPriorityReached()
    {
        var s = await CallPreemptionTests.CarnivalAsync(null);
        using var listener = await CallPreemptionTests.CallAsync(s, "las1", "LAS-LOW", Agency.Las, "las2");

        var consulted = await Client.ConsultedAsync(new ConsultedDefectsRequest(), s.Headers);

        Assert.That(consulted.Names, Does.Contain(CallPriority), "the units free to the call depend on its priority");
    }

    [Test]
    public async Task Consulted_UnitReportsTwiceUnwatchedThenWatched_StaleLocationReachedOnlyWhenForwarded()
    {
        var s = await DefectScenarios.StartAsync();
        using var a = await McxProbe.RegisterAsync(s, "a");
        await ReportAsync(s, a, 51.5);
        await ReportAsync(s, a, 51.6);
        var unwatched = (await Client.ConsultedAsync(new ConsultedDefectsRequest(), s.Headers)).Names.ToList();

        using var watch = s.Mcx.WatchLocations(new WatchLocationsRequest { McpttIds = { a.McpttId } }, s.Headers);
        var feed = new BatchReader<LocationRecord>(watch.ResponseStream);
        await feed.UntilAsync(r => r.Count == 1, "the last known position when the watch starts");
        await ReportAsync(s, a, 51.7);
        await feed.UntilAsync(r => r.Count == 2, "the next report");
        var watched = (await Client.ConsultedAsync(new ConsultedDefectsRequest(), s.Headers)).Names.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(unwatched, Does.Not.Contain(StaleLocation), "no feed to forward a stale position to");
            Assert.That(watched, Does.Contain(StaleLocation));
        });
    }

    private static Task ReportAsync(Scenario s, McxProbe who, double latitude) =>
        s.Mcx.ReportLocationAsync(new ReportLocationRequest { McpttId = who.McpttId, Location = new GeoLocation { LatitudeDeg = latitude, LongitudeDeg = -0.1 } }, s.Headers).ResponseAsync;
}
