using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Terminal defects of the reference device simulator, each against the faithful behaviour, through the contracts.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class DeviceDefectTests
{
    private static readonly LocationReportingPolicy Every200Metres = new() { DistanceM = 200, OnCellChange = true, OnLogOn = true, OnEmergencyAlert = true };

    [TestCase(false, 1u, TestName = "MoveBy_Faithful_DistanceReportSent")]
    [TestCase(true, 0u, TestName = "MoveBy_DistanceTriggerIgnored_NoReport")]
    [ShowsDefect("device.distance-trigger-ignored")]
    public async Task MoveBy_BeyondThePolicysDistance_ReportsSent(bool defect, uint expected)
    {
        var s = await DefectScenarios.StartAsync(defect ? "device.distance-trigger-ignored" : null);
        using var a = await s.DeviceAsync("a", place: "surface-street");
        await s.Devices.SetLocationReportingAsync(new SetLocationReportingRequest { DeviceId = "a", Policy = Every200Metres }, s.Headers);

        var moved = await s.Devices.MoveByAsync(new MoveByRequest { DeviceId = "a", DistanceM = 500, BearingDeg = 90 }, s.Headers);

        Assert.That(moved.ReportsSent, Is.EqualTo(expected));
    }

    [TestCase(false, "CELL-LU-BANK", TestName = "MoveTo_Faithful_ReportFromTheNewPlace")]
    [TestCase(true, "", TestName = "MoveTo_StaleLocation_ReportStillTheLogOnFix")]
    [ShowsDefect("device.stale-location")]
    public async Task MoveTo_AnotherPlace_ReportedPosition(bool defect, string cell)
    {
        var s = await DefectScenarios.StartAsync(defect ? "device.stale-location" : null);
        using var a = await s.DeviceAsync("a", place: "surface-street");
        await s.Devices.SetLocationReportingAsync(new SetLocationReportingRequest { DeviceId = "a", Policy = Every200Metres }, s.Headers);
        var before = await s.Mcx.GetLocationAsync(new GetLocationRequest { McpttId = a.McpttId }, s.Headers);

        await s.Devices.MoveToAsync(new MoveRequest { DeviceId = "a", PlaceId = "bank-station" }, s.Headers);
        var after = await s.Mcx.GetLocationAsync(new GetLocationRequest { McpttId = a.McpttId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(after.ReportCount, Is.EqualTo(2), "the cell change was reported either way");
            Assert.That(after.Location.CellId, Is.EqualTo(cell));
            Assert.That(after.Location.LatitudeDeg == before.Location.LatitudeDeg, Is.EqualTo(defect), "the log-on position again");
            Assert.That(after.Location.MeasuredAt.ToDateTimeOffset(), Is.GreaterThanOrEqualTo(before.Location.MeasuredAt.ToDateTimeOffset()),
                "stamped as a new fix either way");
        });
    }

    [TestCase(false, DispositionStatus.DeliveredAndRead, TestName = "ReadMessage_Faithful_DeliveredAndReadReported")]
    [TestCase(true, DispositionStatus.Delivered, TestName = "ReadMessage_ReadDispositionNeverSent_OnlyDeliveredAfterTdu1")]
    [ShowsDefect("device.read-disposition-never-sent")]
    public async Task ReadMessage_WithinTdu1_SendersFirstReport(bool defect, DispositionStatus expected)
    {
        var s = await DefectScenarios.StartAsync(defect ? "device.read-disposition-never-sent" : null);
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        var sent = await s.Devices.SendSdsAsync(new Contracts.Device.V1.SendSdsRequest
        {
            DeviceId = "a", TargetMcpttId = b.McpttId, Text = "Return to Brixton", DispositionRequest = DispositionRequest.DeliveryAndRead,
        }, s.Headers);
        await b.WaitForAsync(e => e.Message is not null, "SDS received");

        var read = await s.Devices.ReadMessageAsync(new ReadMessageRequest { DeviceId = "b", MessageId = sent.MessageId }, s.Headers);
        var report = await a.WaitForAsync(e => e.Disposition is not null, "the first disposition");

        Assert.Multiple(() =>
        {
            Assert.That(read.Read, Is.True, "the recipient has it as read either way");
            Assert.That(report.Disposition.Notification.Status, Is.EqualTo(expected));
        });
    }

    [TestCase(false, 40_000L, TestName = "Media_Faithful_BufferedBeforePlayOut")]
    [TestCase(true, 0L, TestName = "Media_JitterBufferMissing_PlaysOnArrival")]
    [ShowsDefect("device.jitter-buffer-missing")]
    public async Task Media_OneFrame_TimeInTheJitterBuffer(bool defect, long bufferedUs)
    {
        var s = await DefectScenarios.StartAsync(defect ? "device.jitter-buffer-missing" : null);
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.FloorState?.To == "HasPermission", "a talks");

        await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "a", FrameCount = 1 }, s.Headers);
        var media = (await b.WaitForAsync(e => e.Media is not null, "the frame")).Media;

        Assert.Multiple(() =>
        {
            Assert.That(media.JitterBufferUs, Is.EqualTo(bufferedUs));
            Assert.That(media.PlayedAt.ToDateTimeOffset() - media.ReceivedAt.ToDateTimeOffset(), Is.EqualTo(TimeSpan.FromTicks(bufferedUs * 10)));
        });
    }

    [TestCase(false, true, TestName = "RaiseEmergencyAlert_Faithful_AlertCarriesThePosition")]
    [TestCase(true, false, TestName = "RaiseEmergencyAlert_WithoutLocationDefect_AlertHasNoPosition")]
    [ShowsDefect("device.emergency-alert-without-location")]
    public async Task RaiseEmergencyAlert_OnTheStreet_AlertLocation(bool defect, bool located)
    {
        var s = await DefectScenarios.StartAsync(defect ? "device.emergency-alert-without-location" : null);
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G", place: "surface-street");
        using var b = await s.DeviceAsync("b", "G");

        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = "a" }, s.Headers);
        var alert = (await b.WaitForAsync(e => e.EmergencyAlert is not null, "the alert")).EmergencyAlert.Alert;

        Assert.That(alert.Location is { Source: LocationSource.Gnss }, Is.EqualTo(located));
    }
}
