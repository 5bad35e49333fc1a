using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>
/// Below ground a terminal has no GNSS fix: it reports its serving cell's position, marked as cell-derived, instead of
/// coordinates it cannot know (REQ-LDN-LOC-012/013); under open sky it reports its GNSS fix.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class LocationWithoutGnssTests
{
    private static readonly LocationReportingPolicy Every200Metres = new() { DistanceM = 200, OnCellChange = true, OnLogOn = true };

    [Test]
    public async Task PowerOn_DeepStation_LogOnReportIsTheServingCellsPositionMarkedCell()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a", place: "kings-cross-st-pancras-deep");

        var record = await s.Mcx.GetLocationAsync(new GetLocationRequest { McpttId = a.McpttId }, s.Headers);
        var state = await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "a" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(record.Trigger, Is.EqualTo("log-on"));
            Assert.That(record.Location.Source, Is.EqualTo(LocationSource.Cell));
            Assert.That(record.Location.CellId, Is.EqualTo("CELL-LU-KGX-DEEP"));
            Assert.That(record.Location.LatitudeDeg, Is.EqualTo(state.Link.CellLocation.LatitudeDeg));
            Assert.That(record.Location.LongitudeDeg, Is.EqualTo(state.Link.CellLocation.LongitudeDeg));
            Assert.That(record.Location.AltitudeM, Is.LessThan(0), "the station's cell is below ground");
            Assert.That(state.Location.Source, Is.EqualTo(LocationSource.Cell));
        });
    }

    [Test]
    public async Task PowerOn_Street_LogOnReportIsAGnssFix()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a", place: "surface-street");

        var record = await s.Mcx.GetLocationAsync(new GetLocationRequest { McpttId = a.McpttId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(record.Location.Source, Is.EqualTo(LocationSource.Gnss));
            Assert.That(record.Location.CellId, Is.Empty);
            Assert.That(record.Location.LatitudeDeg, Is.EqualTo(51.5045).Within(0.0001));
        });
    }

    [Test]
    public async Task MoveBy_InATunnel_NoDistanceReportBecauseTheTerminalCannotTellItMoved()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a", place: "tube-tunnel-northern-line");
        await s.Devices.SetLocationReportingAsync(new SetLocationReportingRequest { DeviceId = "a", Policy = Every200Metres }, s.Headers);

        var moved = await s.Devices.MoveByAsync(new MoveByRequest { DeviceId = "a", DistanceM = 500, BearingDeg = 90 }, s.Headers);
        var record = await s.Mcx.GetLocationAsync(new GetLocationRequest { McpttId = a.McpttId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(moved.ReportsSent, Is.Zero);
            Assert.That(record.ReportCount, Is.EqualTo(1), "the log-on report only");
            Assert.That(record.Location.Source, Is.EqualTo(LocationSource.Cell));
        });
    }

    [Test]
    public async Task MoveTo_StreetToDeepStation_CellChangeReportIsCellDerived()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a", place: "surface-street");
        await s.Devices.SetLocationReportingAsync(new SetLocationReportingRequest { DeviceId = "a", Policy = Every200Metres }, s.Headers);

        await s.Devices.MoveToAsync(new MoveRequest { DeviceId = "a", PlaceId = "bank-station" }, s.Headers);
        var record = await s.Mcx.GetLocationAsync(new GetLocationRequest { McpttId = a.McpttId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(record.Trigger, Is.EqualTo("cell-change"));
            Assert.That(record.Location.Source, Is.EqualTo(LocationSource.Cell));
            Assert.That(record.Location.CellId, Is.EqualTo("CELL-LU-BANK"));
        });
    }
}
