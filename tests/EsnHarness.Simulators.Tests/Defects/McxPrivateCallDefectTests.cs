using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;
using Defect = EsnHarness.Simulators.Defects.Defect;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>
/// Defects of the reference MCX service's private calls, each against the faithful behaviour: commencement, the offer,
/// a declined call and the called party's voice. "Never told" is shown with a barrier: an affiliation the test makes
/// afterwards, on the same ordered downlink.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class McxPrivateCallDefectTests
{
    [TestCase(false, CallState.Active, TestName = "AutomaticPrivateCall_Faithful_ConnectedAtOnce")]
    [TestCase(true, CallState.SettingUp, TestName = "AutomaticPrivateCall_AutoCommencementIgnoredDefect_RingsInstead")]
    [ShowsDefect("mcx.private-call-auto-commencement-ignored")]
    public async Task PrivateCall_AutomaticCommencement_State(bool defect, CallState state)
    {
        var (s, a, b) = await PairAsync(defect ? McxPrivateCallDefects.AutoCommencementIgnored : null);
        using var caller = a;
        using var callee = b;

        var call = await CallAsync(s, caller, callee, CommencementMode.Automatic);

        Assert.That(call.State, Is.EqualTo(state));
    }

    [TestCase(false, true, TestName = "ManualPrivateCall_Faithful_OfferNamesTheCaller")]
    [TestCase(true, false, TestName = "ManualPrivateCall_CallerWithheldDefect_OfferNamesNobody")]
    [ShowsDefect("mcx.private-call-caller-withheld")]
    public async Task PrivateCall_Manual_OfferCarriesTheCaller(bool defect, bool named)
    {
        var (s, a, b) = await PairAsync(defect ? McxPrivateCallDefects.CallerWithheld : null);
        using var caller = a;
        using var callee = b;

        await CallAsync(s, caller, callee, CommencementMode.Manual);

        var offer = await callee.WaitForAsync(e => e.Call is { Kind: CallEventKind.Incoming }, "the offer");
        Assert.That(offer.Call.Call.InitiatorMcpttId == caller.McpttId, Is.EqualTo(named));
    }

    [TestCase(false, CallCause.RejectedByUser, TestName = "DeclinedPrivateCall_Faithful_CallerToldRejectedByUser")]
    [TestCase(true, CallCause.NoAnswer, TestName = "DeclinedPrivateCall_DeclineAsNoAnswerDefect_CallerToldNoAnswer")]
    [ShowsDefect("mcx.private-call-decline-reported-as-no-answer")]
    public async Task PrivateCall_Declined_CallerToldWhy(bool defect, CallCause cause)
    {
        var (s, a, b) = await PairAsync(defect ? McxPrivateCallDefects.DeclineReportedAsNoAnswer : null);
        using var caller = a;
        using var callee = b;
        var call = await CallAsync(s, caller, callee, CommencementMode.Manual);

        await s.Mcx.AnswerCallAsync(new AnswerCallRequest { McpttId = callee.McpttId, CallId = call.CallId, Accept = false }, s.Headers);

        var rejected = await caller.WaitForAsync(e => e.Call is { Kind: CallEventKind.Rejected }, "the caller told of the refusal");
        Assert.That(rejected.Call.Cause, Is.EqualTo(cause));
    }

    [TestCase(false, 1u, TestName = "PrivateCallAnswer_Faithful_CalledPartysVoiceReachesTheCaller")]
    [TestCase(true, 0u, TestName = "PrivateCallAnswer_OneWayMediaDefect_CalledPartysVoiceReachesNobody")]
    [ShowsDefect("mcx.private-call-one-way-media")]
    public async Task PrivateCall_CalledPartyTalks_CallerHearsIt(bool defect, uint forwarded)
    {
        var (s, a, b) = await PairAsync(defect ? McxPrivateCallDefects.OneWayMedia : null);
        using var caller = a;
        using var callee = b;
        var call = await CallAsync(s, caller, callee, CommencementMode.Automatic);

        await callee.RequestFloorAsync(call.CallId);
        await callee.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Granted }, "the called party granted the floor");
        var sent = await callee.SendMediaAsync(call.CallId, 0);
        await callee.SendMediaAsync(call.CallId, 1);
        await caller.AffiliateAsync("BARRIER");

        var events = await caller.UntilAsync(e => e.Affiliation?.Affiliation.GroupId == "BARRIER", "the caller's later affiliation");
        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.EqualTo(forwarded));
            Assert.That(events.Any(e => e.Media?.SenderMcpttId == callee.McpttId), Is.EqualTo(!defect));
        });
    }

    private static async Task<(Scenario S, McxProbe Caller, McxProbe Callee)> PairAsync(Defect? defect)
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, defect);
        await s.GroupAsync("BARRIER");
        return (s, await McxProbe.RegisterAsync(s, "caller"), await McxProbe.RegisterAsync(s, "callee"));
    }

    private static async Task<CallInfo> CallAsync(Scenario s, McxProbe caller, McxProbe callee, CommencementMode mode) =>
        (await s.Mcx.SetupCallAsync(new SetupCallRequest
        {
            McpttId = caller.McpttId, CallType = CallType.Private, TargetMcpttId = callee.McpttId, Commencement = mode,
        }, s.Headers)).Call;
}
