using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Interworking;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>
/// Defects in what a terminal and the Airwave interworking function report back, each against the faithful behaviour:
/// when a terminal sends location reports, and the delivery report of an SDS that crossed to a TETRA radio.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ReportingDefectTests
{
    private static readonly LocationReportingPolicy Every200Metres = new() { DistanceM = 200, OnCellChange = true, OnLogOn = true, OnEmergencyAlert = true };

    [TestCase(false, 0u, TestName = "MoveBy_Faithful_ShortMoveNotReported")]
    [TestCase(true, 1u, TestName = "MoveBy_ReportOnEveryMoveDefect_ShortMoveReported")]
    [ShowsDefect("device.location-report-on-every-move")]
    public async Task MoveBy_ShorterThanThePolicysDistance_ReportsSent(bool defect, uint expected)
    {
        var s = await DefectScenarios.StartAsync(defect ? "device.location-report-on-every-move" : null);
        using var a = await s.DeviceAsync("a", place: "surface-street");
        await s.Devices.SetLocationReportingAsync(new SetLocationReportingRequest { DeviceId = "a", Policy = Every200Metres }, s.Headers);

        var moved = await s.Devices.MoveByAsync(new MoveByRequest { DeviceId = "a", DistanceM = 50, BearingDeg = 90 }, s.Headers);

        Assert.That(moved.ReportsSent, Is.EqualTo(expected));
    }

    [TestCase(false, 1ul, TestName = "PowerOn_Faithful_ServiceHasTheLogOnReport")]
    [TestCase(true, 0ul, TestName = "PowerOn_NoLocationOnLogOnDefect_ServiceHasNoReport")]
    [ShowsDefect("device.no-location-on-logon")]
    public async Task PowerOn_PolicyReportsOnLogOn_ServiceHasAReport(bool defect, ulong reports)
    {
        var s = await DefectScenarios.StartAsync(defect ? "device.no-location-on-logon" : null);
        using var a = await s.DeviceAsync("a", place: "surface-street");

        ulong count;
        try
        {
            count = (await s.Mcx.GetLocationAsync(new GetLocationRequest { McpttId = a.McpttId }, s.Headers)).ReportCount;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            count = 0;
        }

        Assert.That(count, Is.EqualTo(reports));
    }

    [TestCase(false, true, TestName = "SdsToRadio_Faithful_SenderToldDelivered")]
    [TestCase(true, false, TestName = "SdsToRadio_DeliveryReportNotReturnedDefect_SenderNeverTold")]
    [ShowsDefect("interworking.sds-delivery-report-not-returned")]
    public async Task SdsToRadio_DeliveryRequested_SenderToldDelivered(bool defect, bool told)
    {
        var s = await DefectScenarios.StartAsync(defect ? "interworking.sds-delivery-report-not-returned" : null);
        await s.GroupAsync("G");
        using var esn = await s.DeviceAsync("esn", "G");
        await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = "5301", GroupId = "G", Agency = Agency.Mps } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1201", Talkgroup = "5301", Agency = Agency.Mps }, s.Headers);
        await s.Interworking.MapIdentitiesAsync(new MapIdentitiesRequest
        {
            Mappings = { new IdentityMapping { Issi = "1201", McpttId = "sip:pc-doyle@airwave.mps", DisplayName = "PC Doyle" } },
        }, s.Headers);
        using var radio = new RadioProbe(s.Interworking.ObserveRadio(new ObserveRadioRequest { Issi = "1201" }, s.Headers));

        await SendAsync(s, "m1", DispositionRequest.Delivery);
        // The bridge handles one identity's messages in order: once the radio has m2, m1's delivery report (if any) has been sent.
        await SendAsync(s, "m2", DispositionRequest.None);
        await radio.NextAsync(e => e.Kind == RadioEventKind.Sds && e.Text == "m2", "m2 on the radio");
        await s.Interworking.RadioSdsAsync(new RadioSdsRequest { Issi = "1201", Text = "barrier" }, s.Headers);
        await esn.WaitForAsync(e => e.Message?.Message.Payload.ToStringUtf8() == "barrier", "the radio's later message on ESN");

        Assert.That(esn.Seen.Any(e => e.Disposition?.Notification is { MessageId: "m1", Status: DispositionStatus.Delivered }), Is.EqualTo(told));
    }

    private static Task SendAsync(Scenario s, string id, DispositionRequest disposition) =>
        s.Devices.SendSdsAsync(new EsnHarness.Contracts.Device.V1.SendSdsRequest { DeviceId = "esn", TargetMcpttId = "sip:pc-doyle@airwave.mps", Text = id, MessageId = id, DispositionRequest = disposition }, s.Headers).ResponseAsync;
}
