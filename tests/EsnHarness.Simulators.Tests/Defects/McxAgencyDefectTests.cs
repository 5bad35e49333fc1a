using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;
using Defect = EsnHarness.Simulators.Defects.Defect;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>
/// Defects of the reference MCX service that split one service's users from another's on shared work (the Joint
/// Response Unit, co-responding, MetCC dispatchers on LAS groups), each against the faithful behaviour. "Not told" is
/// shown with a barrier: an event the test causes afterwards on the same ordered downlink.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class McxAgencyDefectTests
{
    [TestCase(false, true, TestName = "EmergencyAlert_Faithful_OtherServicesDispatcherAlerted")]
    [TestCase(true, false, TestName = "EmergencyAlert_OwnAgencyOnlyDefect_OtherServicesDispatcherNeverAlerted")]
    [ShowsDefect("mcx.alert-own-agency-dispatchers-only")]
    public async Task EmergencyAlert_ByAPoliceOfficerOnASharedGroup_LasDispatcherAlerted(bool defect, bool alerted)
    {
        var s = await GroupsAsync(defect ? McxDefects.AlertOwnAgencyDispatchersOnly : null);
        using var officer = await McxProbe.RegisterAsync(s, "officer", Agency.Mps, "response officer", "", "G");
        using var metcc = await McxProbe.RegisterAsync(s, "metcc", Agency.Mps, "dispatcher", "", "G");
        using var eoc = await McxProbe.RegisterAsync(s, "eoc", Agency.Las, "dispatcher", "", "G");

        await s.Mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest { McpttId = officer.McpttId, GroupId = "G" }, s.Headers);
        await eoc.AffiliateAsync("BARRIER");

        var events = await eoc.UntilAsync(e => e.Affiliation?.Affiliation.GroupId == "BARRIER", "the EOC's later affiliation");
        var ownRoom = await metcc.WaitForAsync(e => e.EmergencyAlert is not null, "the alert at the officer's own control room");
        Assert.Multiple(() =>
        {
            Assert.That(events.Any(e => e.EmergencyAlert?.Alert.McpttId == officer.McpttId), Is.EqualTo(alerted));
            Assert.That(ownRoom.EmergencyAlert.Alert.McpttId, Is.EqualTo(officer.McpttId), "the officer's own dispatcher is alerted either way");
        });
    }

    [TestCase(false, StatusCode.OK, TestName = "RemoteAffiliation_Faithful_LasDispatcherMovesThePoliceOfficer")]
    [TestCase(true, StatusCode.PermissionDenied, TestName = "RemoteAffiliation_OwnAgencyOnlyDefect_PoliceOfficerRefused")]
    [ShowsDefect("mcx.remote-affiliation-own-agency-only")]
    public async Task RemoteAffiliate_LasDispatcherMovesAPoliceOfficer_Outcome(bool defect, StatusCode outcome)
    {
        var s = await GroupsAsync(defect ? McxDefects.RemoteAffiliationOwnAgencyOnly : null);
        using var eoc = await McxProbe.RegisterAsync(s, "eoc", Agency.Las, "dispatcher", "");
        using var officer = await McxProbe.RegisterAsync(s, "officer", Agency.Mps, "response officer", "");

        var status = StatusCode.OK;
        try
        {
            await s.Mcx.RemoteAffiliateAsync(new RemoteAffiliationRequest { RequesterMcpttId = eoc.McpttId, TargetMcpttId = officer.McpttId, GroupId = "G", Affiliate = true }, s.Headers);
        }
        catch (RpcException e)
        {
            status = e.StatusCode;
        }

        var held = await s.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { McpttId = officer.McpttId }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(outcome));
            Assert.That(held.Affiliations.Any(x => x.GroupId == "G"), Is.EqualTo(!defect));
        });
    }

    [TestCase(false, 3, TestName = "GroupCall_Faithful_PoliceOfficerOnTheLasGroupInvited")]
    [TestCase(true, 2, TestName = "GroupCall_OwnAgencyOnlyDefect_PoliceOfficerOnTheLasGroupLeftOut")]
    [ShowsDefect("mcx.group-call-own-agency-only")]
    public async Task GroupCall_OnAnLasGroupWithAPoliceOfficerAffiliated_Participants(bool defect, int participants)
    {
        var s = await GroupsAsync(defect ? McxDefects.GroupCallOwnAgencyOnly : null, g => g.Agency = Agency.Las);
        using var paramedic = await McxProbe.RegisterAsync(s, "paramedic", Agency.Las, "paramedic", "", "G");
        using var emt = await McxProbe.RegisterAsync(s, "emt", Agency.Las, "paramedic", "", "G");
        using var officer = await McxProbe.RegisterAsync(s, "officer", Agency.Mps, "response officer", "", "G");

        var call = await paramedic.CallAsync("G");

        Assert.That(call.Participants, Has.Count.EqualTo(participants));
    }

    private static async Task<Scenario> GroupsAsync(Defect? defect, Action<GroupConfig>? configure = null)
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, defect);
        await s.GroupAsync("G", configure);
        await s.GroupAsync("BARRIER");
        return s;
    }
}
