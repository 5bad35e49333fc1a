using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

[Parallelizable(ParallelScope.All)]
public sealed class LocationReportingTests
{
    private static readonly LocationReportingPolicy ThirtySecondsOr200Metres = new()
    {
        PeriodMs = 30_000, DistanceM = 200, OnCellChange = true, OnLogOn = true, OnEmergencyAlert = true, OnEmergencyCall = true,
    };

    [Test]
    public async Task PassTime_FullPeriod_PeriodicReportReachesMcxBeforeTheCallReturns()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a");
        var state = await s.Devices.SetLocationReportingAsync(new SetLocationReportingRequest { DeviceId = "a", Policy = ThirtySecondsOr200Metres }, s.Headers);

        var passed = await s.Devices.PassTimeAsync(new PassTimeRequest { DeviceId = "a", DurationMs = 30_000 }, s.Headers);
        var record = await s.Mcx.GetLocationAsync(new GetLocationRequest { McpttId = a.McpttId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(state.LocationReporting.PeriodMs, Is.EqualTo(30_000));
            Assert.That(passed.ReportsSent, Is.EqualTo(1));
            Assert.That(record.Trigger, Is.EqualTo("periodic"));
            Assert.That(record.ReportCount, Is.EqualTo(2), "log-on, then periodic");
            Assert.That(record.Location.MeasuredAt.ToDateTimeOffset(), Is.GreaterThanOrEqualTo(passed.PassedAt.ToDateTimeOffset()));
        });
    }

    [Test]
    public async Task PassTime_DefaultPolicy_NoPeriodicReport()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a");

        var passed = await s.Devices.PassTimeAsync(new PassTimeRequest { DeviceId = "a", DurationMs = 120_000 }, s.Headers);
        var record = await s.Mcx.GetLocationAsync(new GetLocationRequest { McpttId = a.McpttId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(passed.ReportsSent, Is.Zero);
            Assert.That(record.ReportCount, Is.EqualTo(1));
            Assert.That(record.Trigger, Is.EqualTo("log-on"));
        });
    }

    [Test]
    public async Task MoveBy_ShortThenBeyondDistance_OnlyTheSecondReports()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a", place: "surface-street");
        await s.Devices.SetLocationReportingAsync(new SetLocationReportingRequest { DeviceId = "a", Policy = ThirtySecondsOr200Metres }, s.Headers);

        var shortMove = await s.Devices.MoveByAsync(new MoveByRequest { DeviceId = "a", DistanceM = 50, BearingDeg = 90 }, s.Headers);
        var afterShort = await s.Mcx.GetLocationAsync(new GetLocationRequest { McpttId = a.McpttId }, s.Headers);
        var longMove = await s.Devices.MoveByAsync(new MoveByRequest { DeviceId = "a", DistanceM = 200, BearingDeg = 90 }, s.Headers);
        var afterLong = await s.Mcx.GetLocationAsync(new GetLocationRequest { McpttId = a.McpttId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(shortMove.ReportsSent, Is.Zero);
            Assert.That(afterShort.ReportCount, Is.EqualTo(1));
            Assert.That(longMove.ReportsSent, Is.EqualTo(1), "250 m from the last reported position");
            Assert.That(afterLong.Trigger, Is.EqualTo("distance"));
            Assert.That(afterLong.Location.LongitudeDeg, Is.EqualTo(longMove.Location.LongitudeDeg));
            Assert.That(afterLong.Location.LongitudeDeg, Is.GreaterThan(-0.1263), "moved east of Whitehall");
        });
    }

    [Test]
    public async Task WatchLocations_LastKnownThenEachReport_InOrderWithCounts()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a");
        using var watch = s.Mcx.WatchLocations(new WatchLocationsRequest(), s.Headers);
        var stream = watch.ResponseStream;

        Assert.That(await stream.MoveNext(Deadline()), Is.True);
        var first = stream.Current;
        await s.Devices.MoveByAsync(new MoveByRequest { DeviceId = "a", DistanceM = 250, BearingDeg = 180 }, s.Headers);
        await s.Devices.ReportLocationAsync(new Contracts.Device.V1.ReportLocationRequest { DeviceId = "a", Trigger = "manual" }, s.Headers);
        List<LocationRecord> next = [];
        while (next.Count < 2)
        {
            Assert.That(await stream.MoveNext(Deadline()), Is.True);
            next.Add(stream.Current);
        }

        Assert.Multiple(() =>
        {
            Assert.That(first.Trigger, Is.EqualTo("log-on"));
            Assert.That(first.ReportCount, Is.EqualTo(1));
            Assert.That(next.Select(r => r.Trigger), Is.EqualTo(new[] { "distance", "manual" }));
            Assert.That(next.Select(r => r.ReportCount), Is.EqualTo(new ulong[] { 2, 3 }));
        });
    }

    [Test]
    public async Task StartCall_Emergency_ReportsWithEmergencyCallTrigger()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");

        using var watch = s.Mcx.WatchLocations(new WatchLocationsRequest { McpttIds = { a.McpttId } }, s.Headers);
        Assert.That(await watch.ResponseStream.MoveNext(Deadline()), Is.True);
        var logOn = watch.ResponseStream.Current;

        await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "a", CallType = CallType.EmergencyGroup, GroupId = "G" }, s.Headers);
        Assert.That(await watch.ResponseStream.MoveNext(Deadline()), Is.True);
        var record = watch.ResponseStream.Current;

        Assert.Multiple(() =>
        {
            Assert.That(logOn.Trigger, Is.EqualTo("log-on"));
            Assert.That(record.Trigger, Is.EqualTo("emergency-call"));
        });
    }

    [TestCase(0u)]
    [TestCase(86_400_001u)]
    public async Task PassTime_OutOfRange_InvalidArgumentNamingTheField(uint ms)
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a");

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.PassTimeAsync(new PassTimeRequest { DeviceId = "a", DurationMs = ms }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.Status.Detail, Does.Contain("duration_ms"));
        });
    }

    [Test]
    public async Task MoveBy_BadBearing_InvalidArgumentAndPositionUnchanged()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a");
        var before = (await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "a" }, s.Headers)).Location;

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.MoveByAsync(new MoveByRequest { DeviceId = "a", DistanceM = 100, BearingDeg = 400 }, s.Headers));
        var after = (await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "a" }, s.Headers)).Location;

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.Status.Detail, Does.Contain("bearing_deg"));
            Assert.That(after, Is.EqualTo(before));
        });
    }

    private static CancellationToken Deadline() => new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;
}
