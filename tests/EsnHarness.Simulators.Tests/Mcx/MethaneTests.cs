using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Defects;
using EsnHarness.Simulators.Tests.Support;
using Google.Protobuf;
using Grpc.Core;
using NUnit.Framework;
using SendSdsRequest = EsnHarness.Contracts.Device.V1.SendSdsRequest;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>A METHANE report as MCData SDS with a structured payload, from an incident commander to the three control rooms.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class MethaneTests
{
    private static readonly string[] Consoles = ["metcc", "lfbcontrol", "laseoc"];

    [TestCase(null, TestName = "SendSds_Methane_Faithful_EveryControlRoomGetsEveryFieldIntact")]
    [TestCase("mcx.methane-field-dropped", TestName = "SendSds_Methane_FieldDroppedDefect_HazardsLost")]
    [ShowsDefect("mcx.methane-field-dropped")]
    public async Task SendSds_CompleteMethane_EachConsoleReceivesTheReportAsSent(string? defect)
    {
        var s = await ControlRoomsAsync(defect);
        using var commander = await s.DeviceAsync("ic", "LDN-CONTROL-ROOMS", agency: Agency.Lfb, role: "incident commander");
        var consoles = await Task.WhenAll(Consoles.Select((c, i) => ConsoleAsync(s, c, (Agency)(i + 1))));

        await s.Devices.SendSdsAsync(Methane(Report()), s.Headers);
        var received = await Task.WhenAll(consoles.Select(c => c.WaitForAsync(e => e.Message is not null, $"{c.DeviceId} receives the METHANE")));

        var reports = received.Select(e => JsonParser.Default.Parse<MethaneReport>(e.Message.Message.Payload.ToStringUtf8())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(received.Select(e => e.Message.Message.ApplicationId), Is.All.EqualTo("jesip-methane"));
            Assert.That(reports, defect is null ? Is.All.EqualTo(Report()) : Is.All.Not.EqualTo(Report()));
            Assert.That(reports.Select(r => r.Hazards.Count), Is.All.EqualTo(defect is null ? 2 : 0));
        });
        foreach (var c in consoles)
        {
            c.Dispose();
        }
    }

    [TestCase(null, TestName = "SendSds_Methane_Faithful_ReachesTheOtherServicesControlRooms")]
    [TestCase("mcx.methane-one-control-room", TestName = "SendSds_Methane_OneControlRoomDefect_OnlyLfbControlGetsIt")]
    [ShowsDefect("mcx.methane-one-control-room")]
    public async Task SendSds_MethaneToTheControlRoomGroup_MetccReceivesIt(string? defect)
    {
        var s = await ControlRoomsAsync(defect);
        using var commander = await s.DeviceAsync("ic", "LDN-CONTROL-ROOMS", agency: Agency.Lfb, role: "incident commander");
        var consoles = await Task.WhenAll(Consoles.Select((c, i) => ConsoleAsync(s, c, (Agency)(i + 1))));

        var sent = await s.Devices.SendSdsAsync(Methane(Report()), s.Headers);

        Assert.That(sent.Recipients, defect is null
            ? Is.SupersetOf(new[] { "sip:metcc@esn", "sip:lfbcontrol@esn", "sip:laseoc@esn" })
            : Is.EqualTo(new[] { "sip:lfbcontrol@esn" }));
        foreach (var c in consoles)
        {
            c.Dispose();
        }
    }

    [TestCase(null, TestName = "SendSds_MethaneWithoutHazards_Faithful_RefusedNamingTheField")]
    [TestCase("mcx.methane-not-validated", TestName = "SendSds_MethaneWithoutHazards_NotValidatedDefect_Delivered")]
    [ShowsDefect("mcx.methane-not-validated")]
    public async Task SendSds_MethaneWithoutHazards_RefusedBeforeDelivery(string? defect)
    {
        var s = await ControlRoomsAsync(defect);
        using var commander = await s.DeviceAsync("ic", "LDN-CONTROL-ROOMS", agency: Agency.Lfb, role: "incident commander");
        var incomplete = Report();
        incomplete.Hazards.Clear();

        var send = s.Devices.SendSdsAsync(Methane(incomplete), s.Headers).ResponseAsync;

        if (defect is null)
        {
            var error = Assert.ThrowsAsync<RpcException>(async () => await send);
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.Status.Detail, Does.Contain("METHANE report refused: field 'hazards (H: hazards present and potential)' is missing"));
        }
        else
        {
            Assert.That((await send).MessageId, Is.Not.Empty);
        }
    }

    [Test]
    public async Task SendSds_EthaneWithAMajorIncidentStatus_RefusedSayingItMustBeAbsent()
    {
        var s = await ControlRoomsAsync(null);
        using var commander = await s.DeviceAsync("ic", "LDN-CONTROL-ROOMS", agency: Agency.Lfb, role: "incident commander");
        var ethane = Report();
        ethane.Kind = MethaneKind.Ethane;

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.SendSdsAsync(Methane(ethane), s.Headers));

        Assert.That(error!.Status.Detail, Does.Contain("must be absent in an ETHANE report"));
    }

    private static async Task<Scenario> ControlRoomsAsync(string? defect)
    {
        var s = await DefectScenarios.StartAsync(defect);
        await s.GroupAsync("LDN-CONTROL-ROOMS");
        return s;
    }

    private static async Task<DeviceProbe> ConsoleAsync(Scenario s, string name, Agency agency)
    {
        await s.Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = name, PlaceId = "ideal-lab", Kind = DeviceKind.Console,
            Identity = new UserIdentity { McpttId = $"sip:{name}@esn", Agency = agency, Role = "dispatcher" },
        }, s.Headers);
        var probe = new DeviceProbe(name, $"sip:{name}@esn", s.Devices.Observe(new ObserveRequest { DeviceId = name }, s.Headers));
        await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = name, GroupId = "LDN-CONTROL-ROOMS" }, s.Headers);
        return probe;
    }

    private static SendSdsRequest Methane(MethaneReport report) => new()
    {
        DeviceId = "ic",
        GroupId = "LDN-CONTROL-ROOMS",
        ApplicationId = "jesip-methane",
        Binary = ByteString.CopyFromUtf8(JsonFormatter.Default.Format(report)),
    };

    private static MethaneReport Report() => new()
    {
        Kind = MethaneKind.Methane,
        MajorIncident = MajorIncidentStatus.Declared,
        ExactLocation = "Victoria Embankment by Hungerford Bridge, TQ 30500 80280",
        IncidentType = "crowd crush after the fireworks",
        Hazards = { "crowd surge towards Embankment station", "river edge" },
        Access = "from Northumberland Avenue; RVP Whitehall Place",
        Casualties = new Casualties { Estimated = 40, Detail = "6 P1, 14 P2, 20 P3" },
        ServicesPresent = { "MPS", "LFB", "LAS" },
        ServicesRequired = { "HART", "more ambulances" },
        ReportedBy = "LFB incident commander",
    };
}
