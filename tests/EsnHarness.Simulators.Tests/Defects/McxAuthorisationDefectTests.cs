using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using Google.Protobuf;
using Grpc.Core;
using NUnit.Framework;
using Defect = EsnHarness.Simulators.Defects.Defect;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>
/// Defects of what the reference MCX service must refuse, each against the faithful refusal: cancelling someone else's
/// emergency, affiliating without membership, calling without affiliation, an emergency where the group allows none, and
/// an SDS above the size limit. Each test also reads back what the service then holds.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class McxAuthorisationDefectTests
{
    [TestCase(false, StatusCode.PermissionDenied, TestName = "EmergencyCancelByColleague_Faithful_RefusedAndAlertStaysActive")]
    [TestCase(true, StatusCode.OK, TestName = "EmergencyCancelByColleague_AnyMemberDefect_AcceptedAndAlertGone")]
    [ShowsDefect("mcx.emergency-cancel-by-any-member")]
    public async Task CancelEmergency_ByAnotherMember_Outcome(bool defect, StatusCode outcome)
    {
        var s = await GroupAsync(defect ? McxAuthorisationDefects.EmergencyCancelByAnyMember : null);
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");
        await s.Mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest { McpttId = a.McpttId, GroupId = "G" }, s.Headers);
        var call = await a.CallAsync("G", CallType.EmergencyGroup);

        var alert = await StatusOfAsync(() => s.Mcx.CancelEmergencyAlertAsync(new CancelEmergencyAlertRequest { McpttId = b.McpttId, TargetMcpttId = a.McpttId, GroupId = "G" }, s.Headers).ResponseAsync);
        var emergencyCall = await StatusOfAsync(() => s.Mcx.CancelEmergencyCallAsync(new CancelEmergencyCallRequest { McpttId = b.McpttId, CallId = call.CallId }, s.Headers).ResponseAsync);

        var state = await s.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = "G" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(alert, Is.EqualTo(outcome), "the alert's cancel");
            Assert.That(emergencyCall, Is.EqualTo(outcome), "the emergency call's cancel");
            Assert.That(state.InEmergency, Is.EqualTo(!defect));
        });
    }

    [TestCase(false, StatusCode.PermissionDenied, TestName = "AffiliateAsNonMember_Faithful_Refused")]
    [TestCase(true, StatusCode.OK, TestName = "AffiliateAsNonMember_AcceptedDefect_ServiceHoldsTheOutsiderAffiliated")]
    [ShowsDefect("mcx.affiliation-to-non-member-accepted")]
    public async Task Affiliate_NotAMember_Outcome(bool defect, StatusCode outcome)
    {
        var s = await GroupAsync(defect ? McxAuthorisationDefects.AffiliationToNonMemberAccepted : null, g => g.Members.Add("sip:member@esn"));
        using var outsider = await McxProbe.RegisterAsync(s, "outsider");

        var status = await StatusOfAsync(() => outsider.AffiliateAsync("G"));

        var held = await s.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { GroupId = "G" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(outcome));
            Assert.That(held.Affiliations.Any(x => x.McpttId == outsider.McpttId), Is.EqualTo(defect));
        });
    }

    [TestCase(false, StatusCode.FailedPrecondition, TestName = "CallUnaffiliated_Faithful_RefusedNotAffiliated")]
    [TestCase(true, StatusCode.OK, TestName = "CallUnaffiliated_AcceptedDefect_CallSetUp")]
    [ShowsDefect("mcx.call-without-affiliation-accepted")]
    public async Task GroupCall_CallerNotAffiliatedToAGroupRequiringIt_Outcome(bool defect, StatusCode outcome)
    {
        var s = await GroupAsync(defect ? McxAuthorisationDefects.CallWithoutAffiliationAccepted : null, g => g.RequireAffiliation = true);
        using var a = await McxProbe.RegisterAsync(s, "a");

        var status = await StatusOfAsync(() => a.CallAsync("G"));

        var calls = await s.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "G" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(outcome));
            Assert.That(calls.Calls.Count, Is.EqualTo(defect ? 1 : 0));
        });
    }

    [TestCase(false, StatusCode.PermissionDenied, TestName = "EmergencyOnGroupAllowingNone_Faithful_AlertAndCallRefused")]
    [TestCase(true, StatusCode.OK, TestName = "EmergencyOnGroupAllowingNone_AnyGroupDefect_AlertAndCallAccepted")]
    [ShowsDefect("mcx.emergency-on-any-group")]
    public async Task Emergency_GroupDoesNotAllowIt_Outcome(bool defect, StatusCode outcome)
    {
        var s = await GroupAsync(defect ? McxAuthorisationDefects.EmergencyOnAnyGroup : null, g => { g.AllowEmergency = false; g.AllowEmergencyAlert = false; });
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");

        var alert = await StatusOfAsync(() => s.Mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest { McpttId = a.McpttId, GroupId = "G" }, s.Headers).ResponseAsync);
        var call = await StatusOfAsync(() => a.CallAsync("G", CallType.EmergencyGroup));

        Assert.Multiple(() =>
        {
            Assert.That(alert, Is.EqualTo(outcome), "the alert");
            Assert.That(call, Is.EqualTo(outcome), "the emergency call");
        });
    }

    [TestCase(false, StatusCode.InvalidArgument, 0, TestName = "OversizeSds_Faithful_RefusedAndNothingDelivered")]
    [TestCase(true, StatusCode.OK, 100, TestName = "OversizeSds_TruncatedDefect_AcceptedAndDeliveredCutToTheLimit")]
    [ShowsDefect("mcx.sds-oversize-truncated")]
    public async Task Sds_AboveTheSendersLimit_Outcome(bool defect, StatusCode outcome, int delivered)
    {
        var s = await GroupAsync(defect ? McxAuthorisationDefects.SdsOversizeTruncated : null);
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile { Identity = new UserIdentity { McpttId = "sip:a@esn", Agency = Agency.Lfb }, MaxSdsSizeBytes = 100 },
        }, s.Headers);
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");

        var status = await StatusOfAsync(() => s.Mcx.SendSdsAsync(new SendSdsRequest
        {
            Message = new SdsMessage { MessageId = "big", SenderMcpttId = a.McpttId, TargetMcpttId = b.McpttId, Payload = ByteString.CopyFrom(new byte[150]) },
        }, s.Headers).ResponseAsync);
        await b.AffiliateAsync("G");

        var events = await b.UntilAsync(e => e.Affiliation?.Affiliation.GroupId == "G", "b's later affiliation");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(outcome));
            Assert.That(events.Where(e => e.Sds is not null).Sum(e => e.Sds.Message.Payload.Length), Is.EqualTo(delivered));
        });
    }

    private static async Task<Scenario> GroupAsync(Defect? defect, Action<GroupConfig>? configure = null)
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, defect);
        await s.GroupAsync("G", configure);
        return s;
    }

    private static async Task<StatusCode> StatusOfAsync(Func<Task> request)
    {
        try
        {
            await request();
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }
}
