using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>
/// A core failover of the reference MCX service (McxOperations.FailOver): the standby keeps registrations and
/// affiliations and re-establishes the group call in progress, re-inviting its participants; each defect against it.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class CoreFailoverDefectTests
{
    [Test]
    public async Task FailOver_GroupCallInProgress_StandbyReinvitesEveryParticipantToANewCallWithTheFloorIdle()
    {
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, null);

        var response = await Operations.FailOverAsync(new FailOverRequest { TakeoverMs = 0 }, crew.S.Headers);

        var reinvites = await Task.WhenAll(new[] { crew.A, crew.B, crew.C }.Select(p =>
            p.WaitForAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.ReplacesCallId == crew.Call.CallId, $"{p.McpttId} re-invited")));
        var calls = await crew.S.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "G" }, crew.S.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(response.GroupCallsLost, Is.EqualTo(new[] { crew.Call.CallId }));
            Assert.That(response.RegistrationsKept, Is.EqualTo(3));
            Assert.That(reinvites.Select(e => e.Call.Call.CallId).Distinct().Single(), Is.Not.EqualTo(crew.Call.CallId), "a new call");
            Assert.That(calls.Calls.Single().Participants, Is.EquivalentTo(new[] { crew.A.McpttId, crew.B.McpttId, crew.C.McpttId }));
            Assert.That(calls.Calls.Single().TalkerMcpttId, Is.Empty, "the floor was lost with the failed core");
        });
    }

    [Test]
    public async Task FailOver_TakeoverOver60Seconds_InvalidArgument()
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, null);

        var e = Assert.ThrowsAsync<RpcException>(async () => await Operations.FailOverAsync(new FailOverRequest { TakeoverMs = 60_001 }, s.Headers));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
    }

    [TestCase(false, true, TestName = "FailOver_Faithful_GroupCallReestablished")]
    [TestCase(true, false, TestName = "FailOver_DropsCallsDefect_GroupCallEndedForGood")]
    [ShowsDefect("mcx.failover-drops-calls")]
    public async Task FailOver_GroupCallInProgress_Reestablished(bool defect, bool reestablished)
    {
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, defect ? McxDefects.FailoverDropsCalls : null);
        await crew.S.GroupAsync("BARRIER");

        await Operations.FailOverAsync(new FailOverRequest { TakeoverMs = 0 }, crew.S.Headers);
        // Not the lost call's own Connected, which B may not have read yet: the standby's re-invite, or the lost call's end.
        await crew.B.WaitForAsync(e => e.Call is { Kind: CallEventKind.Ended } c && c.Call.CallId == crew.Call.CallId || e.Call?.ReplacesCallId == crew.Call.CallId,
            "the standby's word on the lost call");
        await crew.B.AffiliateAsync("BARRIER");

        var calls = await crew.S.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "G" }, crew.S.Headers);
        Assert.That(calls.Calls.Count == 1, Is.EqualTo(reestablished));
    }

    [TestCase(false, true, TestName = "FailOver_Faithful_RegistrationsAndAffiliationsKept")]
    [TestCase(true, false, TestName = "FailOver_LosesRegistrationsDefect_EveryUserDropped")]
    [ShowsDefect("mcx.failover-loses-registrations")]
    public async Task FailOver_RegisteredUsers_StillRegisteredAndAffiliated(bool defect, bool kept)
    {
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, defect ? McxDefects.FailoverLosesRegistrations : null);

        await Operations.FailOverAsync(new FailOverRequest { TakeoverMs = 0 }, crew.S.Headers);

        bool registered;
        try
        {
            var held = await crew.S.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { McpttId = crew.B.McpttId }, crew.S.Headers);
            registered = held.Affiliations.Any(a => a.GroupId == "G" && a.State == AffiliationState.Affiliated);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            registered = false;
        }

        Assert.That(registered, Is.EqualTo(kept));
    }

    private static McxOperations.McxOperationsClient Operations => new(HostSetup.Channel);
}
