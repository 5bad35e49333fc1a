using EsnHarness.Contracts.Common.V1;
using FloorPriorityLevel = EsnHarness.Simulators.FloorControl.FloorPriorityLevel;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.FloorControl.Internal;
using EsnHarness.Simulators.Internal.Device;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>
/// A defect is consulted (and so reaches a scenario for <c>esn mutate</c>) when, and only when, the behaviour it changes
/// happens: a scenario that could be changed by it must record the consultation, one that could not must not.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class DefectConsultationTests
{
    private static readonly GeoLocation Soho = new() { LatitudeDeg = 51.5136, LongitudeDeg = -0.1318 };

    [Test]
    public void FloorQueue_OneWaitingThenASecondOfEqualPriority_LifoConsultedOnlyWithTwoWaiting()
    {
        var defects = DefectSet.None.Recording();
        var queue = new FloorQueue(DefectSwitch.Of(defects, McxDefects.FloorQueueLifo));
        var normal = new FloorPriority(FloorPriorityLevel.Normal, 100);

        queue.Enqueue("first", normal);
        var alone = defects.Consulted;
        queue.Enqueue("second", normal);

        Assert.Multiple(() =>
        {
            Assert.That(alone, Is.Empty, "one request waiting: no order to get wrong");
            Assert.That(defects.Consulted, Is.EqualTo(new[] { McxDefects.FloorQueueLifo.Name }));
        });
    }

    [Test]
    public void FloorQueue_LifoOn_SecondOfEqualPriorityServedFirst()
    {
        var queue = new FloorQueue(DefectSwitch.Of(DefectSet.Of([McxDefects.FloorQueueLifo.Name]), McxDefects.FloorQueueLifo));
        var normal = new FloorPriority(FloorPriorityLevel.Normal, 100);
        queue.Enqueue("first", normal);
        queue.Enqueue("second", normal);

        Assert.That(queue.Snapshot(), Is.EqualTo(new[] { "second", "first" }));
    }

    [Test]
    public void LocationReporter_ShortMoveThenLongMove_DistanceDefectConsultedOnlyWhenADistanceReportFallsDue()
    {
        var defects = DefectSet.None.Recording();
        using var reporter = new LocationReporter(new FakeTimeProvider(), _ => { }, DefectSwitch.Of(defects, DeviceDefects.DistanceTriggerIgnored));
        reporter.Configure(new LocationReportingPolicy { DistanceM = 200, OnLogOn = true });
        reporter.Event("log-on", Soho);

        var near = reporter.MovedTo(Geodesy.Destination(Soho, 50, 0), cellChanged: false);
        var before = defects.Consulted;
        var far = reporter.MovedTo(Geodesy.Destination(Soho, 300, 0), cellChanged: false);

        Assert.Multiple(() =>
        {
            Assert.That(near, Is.Empty);
            Assert.That(before, Is.Empty, "a 50 m move triggers nothing the defect could suppress");
            Assert.That(far, Is.EqualTo(new[] { "distance" }));
            Assert.That(defects.Consulted, Is.EqualTo(new[] { DeviceDefects.DistanceTriggerIgnored.Name }));
        });
    }

    [Test]
    public void ManDownSensor_NoPolicyThenStillWithPolicy_DefectsConsultedOnlyWhenTheAlertFallsDue()
    {
        var time = new FakeTimeProvider();
        var defects = DefectSet.None.Recording();
        var raised = 0;
        using var sensor = new ManDownSensor(time, () => raised++, DefectSwitch.Of(defects, TerminalFunctionDefects.ManDownNotRaised), DefectSwitch.Off);

        sensor.Configure(null);
        sensor.Report(moving: false, tilted: false);
        time.Advance(TimeSpan.FromMinutes(5));
        var disabled = defects.Consulted;
        sensor.Configure(new ManDownPolicy { Enabled = true, NoMovementMs = 30_000 });
        sensor.Report(moving: false, tilted: false);
        time.Advance(TimeSpan.FromSeconds(31));

        Assert.Multiple(() =>
        {
            Assert.That(disabled, Is.Empty, "man-down off: nothing to raise");
            Assert.That(raised, Is.EqualTo(1));
            Assert.That(defects.Consulted, Is.EqualTo(new[] { TerminalFunctionDefects.ManDownNotRaised.Name }));
        });
    }

    [Test]
    public void DefectSwitch_NotRead_NothingConsulted()
    {
        var defects = DefectSet.None.Recording();

        var unread = DefectSwitch.Of(defects, DeviceDefects.JitterBufferMissing);
        var before = defects.Consulted;
        var on = unread.On;

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Empty, "building the switch (a terminal powering on) consults nothing");
            Assert.That(on, Is.False);
            Assert.That(defects.Consulted, Is.EqualTo(new[] { DeviceDefects.JitterBufferMissing.Name }));
        });
    }
}
