using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Internal.Device;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

[Parallelizable(ParallelScope.All)]
public sealed class LocationReporterTests
{
    private static readonly GeoLocation Soho = new() { LatitudeDeg = 51.5136, LongitudeDeg = -0.1318, AltitudeM = 20 };

    private static LocationReportingPolicy Every(int seconds, double metres, int minimumMs = 0) => new()
    {
        PeriodMs = (uint)(seconds * 1000), DistanceM = metres, MinimumIntervalMs = (uint)minimumMs,
        OnCellChange = true, OnLogOn = true, OnEmergencyAlert = true, OnEmergencyCall = true,
    };

    [Test]
    public void PassTime_FullPeriodAfterLogOn_OnePeriodicReport()
    {
        var (reporter, _, _) = LoggedOn(Every(30, 200));

        var sent = reporter.PassTime(TimeSpan.FromSeconds(30));

        Assert.That(sent, Is.EqualTo(new[] { "periodic" }));
    }

    [Test]
    public void PassTime_LessThanPeriod_NoReport()
    {
        var (reporter, _, _) = LoggedOn(Every(30, 200));

        var sent = reporter.PassTime(TimeSpan.FromSeconds(29.9));

        Assert.That(sent, Is.Empty);
    }

    [Test]
    public void PassTime_SeveralPeriods_OneReportPerPeriod()
    {
        var (reporter, _, _) = LoggedOn(Every(30, 200));

        var sent = reporter.PassTime(TimeSpan.FromSeconds(95));

        Assert.That(sent, Is.EqualTo(new[] { "periodic", "periodic", "periodic" }));
    }

    [Test]
    public void PassTime_NoPeriodConfigured_NoReportEvenAfterAnHour()
    {
        var (reporter, _, _) = LoggedOn(LocationReporter.DefaultPolicy);

        var sent = reporter.PassTime(TimeSpan.FromHours(1));

        Assert.That(sent, Is.Empty);
    }

    [Test]
    public void Timer_PeriodElapsesOnTheClock_PeriodicReportDue()
    {
        var (reporter, clock, due) = LoggedOn(Every(30, 200));

        clock.Advance(TimeSpan.FromSeconds(29));
        var early = due.Count;
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Multiple(() =>
        {
            Assert.That(early, Is.Zero);
            Assert.That(due, Is.EqualTo(new[] { "periodic" }));
        });
        reporter.Dispose();
    }

    [Test]
    public void MovedTo_BeyondDistance_DistanceReportAndPeriodRestarts()
    {
        var (reporter, clock, due) = LoggedOn(Every(30, 200));
        clock.Advance(TimeSpan.FromSeconds(20));

        var moved = reporter.MovedTo(Geodesy.Destination(Soho, 250, 90), cellChanged: false);
        clock.Advance(TimeSpan.FromSeconds(29));

        Assert.Multiple(() =>
        {
            Assert.That(moved, Is.EqualTo(new[] { "distance" }));
            Assert.That(due, Is.Empty, "the period counts from the distance report, so none falls due 49 s after log-on");
        });
    }

    [Test]
    public void MovedTo_ShortMoves_NoReportUntilTheirSumFromTheLastReportReachesTheDistance()
    {
        var (reporter, _, _) = LoggedOn(Every(30, 200));

        var first = reporter.MovedTo(Geodesy.Destination(Soho, 50, 90), cellChanged: false);
        var second = reporter.MovedTo(Geodesy.Destination(Soho, 150, 90), cellChanged: false);
        var third = reporter.MovedTo(Geodesy.Destination(Soho, 210, 90), cellChanged: false);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.Empty);
            Assert.That(second, Is.Empty);
            Assert.That(third, Is.EqualTo(new[] { "distance" }));
        });
    }

    [Test]
    public void MovedTo_WithinMinimumInterval_HeldBackThenSentWhenItEnds()
    {
        var (reporter, clock, due) = LoggedOn(Every(30, 200, minimumMs: 5000));
        clock.Advance(TimeSpan.FromSeconds(1));

        var moved = reporter.MovedTo(Geodesy.Destination(Soho, 300, 0), cellChanged: false);
        clock.Advance(TimeSpan.FromSeconds(3.9));
        var early = due.Count;
        clock.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Multiple(() =>
        {
            Assert.That(moved, Is.Empty);
            Assert.That(early, Is.Zero);
            Assert.That(due, Is.EqualTo(new[] { "distance" }));
        });
    }

    [Test]
    public void PassTime_HeldBackReport_SentWhenTheMinimumIntervalPasses()
    {
        var (reporter, _, _) = LoggedOn(Every(30, 200, minimumMs: 5000));
        reporter.MovedTo(Geodesy.Destination(Soho, 300, 0), cellChanged: true);

        var sent = reporter.PassTime(TimeSpan.FromSeconds(6));

        Assert.That(sent, Is.EqualTo(new[] { "cell-change" }));
    }

    [Test]
    public void MovedTo_CellChange_ReportedEvenForAShortMove()
    {
        var (reporter, _, _) = LoggedOn(Every(30, 200));

        var moved = reporter.MovedTo(Geodesy.Destination(Soho, 10, 0), cellChanged: true);

        Assert.That(moved, Is.EqualTo(new[] { "cell-change" }));
    }

    [Test]
    public void MovedTo_CellChangeTriggerOff_OnlyDistanceCounts()
    {
        var policy = Every(30, 200);
        policy.OnCellChange = false;
        var (reporter, _, _) = LoggedOn(policy);

        var near = reporter.MovedTo(Geodesy.Destination(Soho, 10, 0), cellChanged: true);

        Assert.That(near, Is.Empty);
    }

    [Test]
    public void Event_EmergencyIgnoresMinimumInterval_LogOnOffIsSilent()
    {
        var policy = Every(30, 200, minimumMs: 60_000);
        policy.OnLogOn = false;
        var clock = new FakeTimeProvider();
        using var reporter = new LocationReporter(clock, _ => { });
        reporter.Configure(policy);

        var logOn = reporter.Event("log-on", Soho);
        var alert = reporter.Event("emergency-alert", Soho);
        var call = reporter.Event("emergency-call", Soho);

        Assert.Multiple(() =>
        {
            Assert.That(logOn, Is.Empty);
            Assert.That(alert, Is.EqualTo(new[] { "emergency-alert" }));
            Assert.That(call, Is.EqualTo(new[] { "emergency-call" }), "emergencies are never held back by the minimum interval");
        });
    }

    [Test]
    public void Now_AfterPassTime_IsTheClockPlusThePassedTime()
    {
        var (reporter, clock, _) = LoggedOn(Every(30, 200));
        var before = clock.GetUtcNow();

        reporter.PassTime(TimeSpan.FromSeconds(45));

        Assert.That(reporter.Now - before, Is.EqualTo(TimeSpan.FromSeconds(45)));
    }

    [Test]
    public void Destination_250MetresEast_Is250MetresAway()
    {
        var to = Geodesy.Destination(Soho, 250, 90);

        Assert.Multiple(() =>
        {
            Assert.That(Geodesy.DistanceMetres(Soho, to), Is.EqualTo(250).Within(0.5));
            Assert.That(to.LongitudeDeg, Is.GreaterThan(Soho.LongitudeDeg));
            Assert.That(to.LatitudeDeg, Is.EqualTo(Soho.LatitudeDeg).Within(1e-5));
        });
    }

    private static (LocationReporter Reporter, FakeTimeProvider Clock, List<string> Due) LoggedOn(LocationReportingPolicy policy)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));
        var due = new List<string>();
        var reporter = new LocationReporter(clock, t =>
        {
            lock (due)
            {
                due.Add(t);
            }
        });
        reporter.Configure(policy);
        Assert.That(reporter.Event("log-on", Soho), Is.EqualTo(new[] { "log-on" }));
        return (reporter, clock, due);
    }
}
