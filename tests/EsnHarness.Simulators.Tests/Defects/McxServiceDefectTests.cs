using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using Defect = EsnHarness.Simulators.Defects.Defect;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using Google.Protobuf;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>
/// Defects of the reference MCX service's emergencies, SDS, affiliation, location feed and identity gate, each against the
/// faithful behaviour. "Not told" is shown with a barrier: an event the test causes afterwards on the same ordered downlink.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class McxServiceDefectTests
{
    [TestCase(false, true, TestName = "EmergencyAlert_Faithful_DispatcherOnTheGroupAlerted")]
    [TestCase(true, false, TestName = "EmergencyAlert_NotToDispatchersDefect_DispatcherNeverAlerted")]
    [ShowsDefect("mcx.alert-not-to-dispatchers")]
    public async Task EmergencyAlert_RaisedOnTheGroup_DispatcherAlerted(bool defect, bool alerted)
    {
        var s = await GroupsAsync(defect ? McxDefects.AlertNotToDispatchers : null);
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var d = await McxProbe.RegisterAsync(s, "d", "dispatcher", "G");

        await s.Mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest { McpttId = a.McpttId, GroupId = "G" }, s.Headers);
        await d.AffiliateAsync("BARRIER");

        var events = await d.UntilAsync(e => e.Affiliation?.Affiliation.GroupId == "BARRIER", "the dispatcher's later affiliation");
        Assert.That(events.Any(e => e.EmergencyAlert?.Alert.McpttId == a.McpttId), Is.EqualTo(alerted));
    }

    [TestCase(false, true, TestName = "EmergencyAlertCancel_Faithful_MembersToldTheAlertEnded")]
    [TestCase(true, false, TestName = "EmergencyAlertCancel_NotPropagatedDefect_MembersNeverTold")]
    [ShowsDefect("mcx.emergency-cancel-not-propagated")]
    public async Task EmergencyAlert_CancelledByTheUser_MembersTold(bool defect, bool told)
    {
        var s = await GroupsAsync(defect ? McxDefects.EmergencyCancelNotPropagated : null);
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");
        await s.Mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest { McpttId = a.McpttId, GroupId = "G" }, s.Headers);
        await b.WaitForAsync(e => e.EmergencyAlert is { Alert.Cancelled: false }, "the alert");

        await s.Mcx.CancelEmergencyAlertAsync(new CancelEmergencyAlertRequest { McpttId = a.McpttId }, s.Headers);
        await b.AffiliateAsync("BARRIER");

        var events = await b.UntilAsync(e => e.Affiliation?.Affiliation.GroupId == "BARRIER", "b's later affiliation");
        var state = await s.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = "G" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(events.Any(e => e.EmergencyAlert is { Alert.Cancelled: true }), Is.EqualTo(told));
            Assert.That(state.InEmergency, Is.False, "the service itself holds the alert cancelled either way");
        });
    }

    [TestCase(false, 1ul, TestName = "SdsSequence_Faithful_FirstMessageNumberedOne")]
    [TestCase(true, 0ul, TestName = "SdsSequence_OrderNotKeptDefect_MessagesUnnumbered")]
    [ShowsDefect("mcx.sds-order-not-kept")]
    public async Task Sds_FirstMessageFromASender_NumberedForInOrderDelivery(bool defect, ulong sequence)
    {
        var s = await GroupsAsync(defect ? McxDefects.SdsOrderNotKept : null);
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");

        await SendAsync(s, "m1", a, b);

        var delivery = await b.WaitForAsync(e => e.Sds is not null, "m1 delivered");
        Assert.That(delivery.Sds.SenderSequence, Is.EqualTo(sequence));
    }

    [TestCase(false, true, TestName = "ReadDisposition_Faithful_SenderToldRead")]
    [TestCase(true, false, TestName = "ReadDisposition_DroppedDefect_SenderNeverToldRead")]
    [ShowsDefect("mcx.read-disposition-dropped")]
    public async Task Sds_RecipientReadsIt_SenderToldRead(bool defect, bool told)
    {
        var s = await GroupsAsync(defect ? McxDefects.ReadDispositionDropped : null);
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");
        await SendAsync(s, "m1", a, b, DispositionRequest.Read);
        await b.WaitForAsync(e => e.Sds is not null, "m1 delivered");

        await s.Mcx.SendDispositionAsync(new SendDispositionRequest { McpttId = b.McpttId, MessageId = "m1", Status = DispositionStatus.Read }, s.Headers);
        await SendAsync(s, "m2", b, a);

        var events = await a.UntilAsync(e => e.Sds?.Message.MessageId == "m2", "b's later message");
        Assert.That(events.Any(e => e.Disposition is { Status: DispositionStatus.Read, MessageId: "m1" }), Is.EqualTo(told));
    }

    [TestCase(false, true, TestName = "Affiliation_Faithful_AcknowledgedAndApplied")]
    [TestCase(true, false, TestName = "Affiliation_NotAppliedDefect_AcknowledgedButNotApplied")]
    [ShowsDefect("mcx.affiliation-not-applied")]
    public async Task Affiliate_ToAGroup_ServiceHoldsTheMemberAffiliated(bool defect, bool applied)
    {
        var s = await GroupsAsync(defect ? McxDefects.AffiliationNotApplied : null);
        using var a = await McxProbe.RegisterAsync(s, "a");

        var answer = await a.AffiliateAsync("G");

        var held = await s.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { GroupId = "G" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(answer.AffiliatedGroups, Does.Contain("G"), "acknowledged either way");
            Assert.That(held.Affiliations.Any(x => x.McpttId == a.McpttId), Is.EqualTo(applied));
        });
    }

    [TestCase(false, StatusCode.PermissionDenied, TestName = "RemoteAffiliation_Faithful_ResponderRefused")]
    [TestCase(true, StatusCode.OK, TestName = "RemoteAffiliation_UnauthorisedDefect_ResponderMovesAColleague")]
    [ShowsDefect("mcx.remote-affiliation-unauthorised")]
    public async Task RemoteAffiliate_ByAUserWithoutTheRight_Outcome(bool defect, StatusCode outcome)
    {
        var s = await GroupsAsync(defect ? McxDefects.RemoteAffiliationUnauthorised : null);
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");

        var status = StatusCode.OK;
        try
        {
            await s.Mcx.RemoteAffiliateAsync(new RemoteAffiliationRequest { RequesterMcpttId = a.McpttId, TargetMcpttId = b.McpttId, GroupId = "G", Affiliate = true }, s.Headers);
        }
        catch (RpcException e)
        {
            status = e.StatusCode;
        }

        var held = await s.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { McpttId = b.McpttId }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(outcome));
            Assert.That(held.Affiliations.Any(x => x.GroupId == "G"), Is.EqualTo(defect));
        });
    }

    [TestCase(false, 51.6, TestName = "LocationFeed_Faithful_ForwardsTheNewPosition")]
    [TestCase(true, 51.5, TestName = "LocationFeed_StaleDefect_ForwardsThePreviousPosition")]
    [ShowsDefect("mcx.stale-location-forwarded")]
    public async Task LocationFeed_UnitReportsAgain_PositionForwarded(bool defect, double latitude)
    {
        var s = await GroupsAsync(defect ? McxDefects.StaleLocationForwarded : null);
        using var a = await McxProbe.RegisterAsync(s, "a");
        await ReportAsync(s, a, 51.5);
        using var watch = s.Mcx.WatchLocations(new WatchLocationsRequest { McpttIds = { a.McpttId } }, s.Headers);
        var feed = new BatchReader<LocationRecord>(watch.ResponseStream);
        await feed.UntilAsync(r => r.Count == 1, "the last known position when the watch starts");

        await ReportAsync(s, a, 51.6);

        var records = await feed.UntilAsync(r => r.Count == 2, "the next report");
        Assert.That(records[1].Location.LatitudeDeg, Is.EqualTo(latitude));
    }

    [TestCase(false, StatusCode.PermissionDenied, TestName = "RevokedUser_Faithful_MessagesToItRefused")]
    [TestCase(true, StatusCode.OK, TestName = "RevokedUser_ServedDefect_MessagesToItDelivered")]
    [ShowsDefect("mcx.revoked-user-served")]
    public async Task Sds_ToAUserRevokedAtTheIdms_Outcome(bool defect, StatusCode outcome)
    {
        await using var idms = await FakeIdms.StartAsync();
        var s = await GroupsAsync(defect ? McxDefects.RevokedUserServed : null);
        await s.Config.SetIdentityServiceAsync(new IdentityService { IntrospectionUrl = idms.IntrospectionUrl.ToString(), RequireToken = true }, s.Headers);
        await s.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = "sip:a@esn" }, AccessToken = idms.Issue("sip:a@esn") }, s.Headers);
        var bToken = idms.Issue("sip:b@esn");
        await s.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = "sip:b@esn" }, AccessToken = bToken }, s.Headers);
        idms.Revoke(bToken);

        var status = StatusCode.OK;
        try
        {
            await s.Mcx.SendSdsAsync(new SendSdsRequest { Message = new SdsMessage { MessageId = "m1", SenderMcpttId = "sip:a@esn", TargetMcpttId = "sip:b@esn" } }, s.Headers);
        }
        catch (RpcException e)
        {
            status = e.StatusCode;
        }

        Assert.That(status, Is.EqualTo(outcome));
    }

    [TestCase(false, 2, TestName = "MaxParticipants_Faithful_CallStopsAtTheGroupsMaximum")]
    [TestCase(true, 3, TestName = "MaxParticipants_IgnoredDefect_CallTakesEveryone")]
    [ShowsDefect("mcx.max-participants-ignored")]
    public async Task GroupCall_MoreMembersThanTheMaximum_Participants(bool defect, int participants)
    {
        var s = await GroupsAsync(defect ? McxDefects.MaxParticipantsIgnored : null, g => g.MaxParticipants = 2);
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");
        using var c = await McxProbe.RegisterAsync(s, "c", groups: "G");

        var call = await a.CallAsync("G");

        Assert.That(call.Participants, Has.Count.EqualTo(participants));
    }

    private static async Task<Scenario> GroupsAsync(Defect? defect, Action<GroupConfig>? configure = null)
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, defect);
        await s.GroupAsync("G", configure);
        await s.GroupAsync("BARRIER");
        return s;
    }

    private static Task SendAsync(Scenario s, string id, McxProbe from, McxProbe to, DispositionRequest disposition = DispositionRequest.None) =>
        s.Mcx.SendSdsAsync(new SendSdsRequest
        {
            Message = new SdsMessage { MessageId = id, SenderMcpttId = from.McpttId, TargetMcpttId = to.McpttId, Payload = ByteString.CopyFromUtf8(id), DispositionRequest = disposition },
        }, s.Headers).ResponseAsync;

    private static Task ReportAsync(Scenario s, McxProbe who, double latitude) =>
        s.Mcx.ReportLocationAsync(new ReportLocationRequest { McpttId = who.McpttId, Location = new GeoLocation { LatitudeDeg = latitude, LongitudeDeg = -0.1 } }, s.Headers).ResponseAsync;
}
