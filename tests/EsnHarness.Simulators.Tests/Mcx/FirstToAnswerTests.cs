using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>First-to-answer calls on the reference MCX (TS 23.379 §10.15).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FirstToAnswerTests
{
    [Test]
    public async Task AnswerCall_EveryCandidateDeclines_CallerToldRejected()
    {
        var s = HostSetup.NewScenario();
        using var caller = await McxProbe.RegisterAsync(s, "caller");
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");
        var call = await CallAsync(s, caller, a, b);

        await s.Mcx.AnswerCallAsync(new AnswerCallRequest { McpttId = a.McpttId, CallId = call.CallId, Accept = false }, s.Headers);
        var afterOne = await s.Mcx.GetCallAsync(new GetCallRequest { CallId = call.CallId }, s.Headers);
        await s.Mcx.AnswerCallAsync(new AnswerCallRequest { McpttId = b.McpttId, CallId = call.CallId, Accept = false }, s.Headers);

        var rejected = await caller.WaitForAsync(e => e.Call?.Kind == CallEventKind.Rejected, "the caller told nobody took it");
        Assert.Multiple(() =>
        {
            Assert.That(afterOne.State, Is.EqualTo(CallState.SettingUp), "still ringing for b");
            Assert.That(afterOne.Candidates, Is.EqualTo(new[] { b.McpttId }));
            Assert.That(rejected.Call.Cause, Is.EqualTo(CallCause.RejectedByUser));
        });
    }

    [Test]
    public async Task NoAnswer_RingingTimeElapses_CallerToldNoAnswerAndCandidatesStopRinging()
    {
        await using var host = await FakeClockHost.StartAsync(new SimulatorHostOptions { PrivateCallNoAnswerTime = TimeSpan.FromSeconds(5) });
        var s = host.NewScenario();
        using var caller = await McxProbe.RegisterAsync(s, "caller");
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");
        await CallAsync(s, caller, a, b);
        await a.WaitForAsync(e => e.Call?.Kind == CallEventKind.Incoming, "a rings");

        host.Time.Advance(TimeSpan.FromSeconds(5.1));

        var rejected = await caller.WaitForAsync(e => e.Call?.Kind == CallEventKind.Rejected, "the caller told no answer");
        var stopped = await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Ended, "b stops ringing");
        Assert.That(rejected.Call.Cause, Is.EqualTo(CallCause.NoAnswer));
        Assert.That(stopped.Call.Cause, Is.EqualTo(CallCause.NoAnswer));
    }

    [Test]
    public async Task EndCall_CallerGivesUpWhileRinging_CandidatesStopRinging()
    {
        var s = HostSetup.NewScenario();
        using var caller = await McxProbe.RegisterAsync(s, "caller");
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");
        var call = await CallAsync(s, caller, a, b);

        await s.Mcx.EndCallAsync(new EndCallRequest { McpttId = caller.McpttId, CallId = call.CallId }, s.Headers);

        await a.WaitForAsync(e => e.Call?.Kind == CallEventKind.Ended, "a stops ringing");
        await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Ended, "b stops ringing");
    }

    [Test]
    public async Task FirstToAnswerToSharedAlias_OneAccepts_ConnectedWithTheAliasOthersReleased()
    {
        var s = HostSetup.NewScenario();
        using var caller = await McxProbe.RegisterAsync(s, "caller");
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");
        await FunctionalAliasTests.ConfigureAsync(s, "RRU43", shareable: true);
        foreach (var holder in new[] { a, b })
        {
            await s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = holder.McpttId, Alias = "RRU43" }, s.Headers);
        }

        var call = (await s.Mcx.SetupCallAsync(new SetupCallRequest { McpttId = caller.McpttId, CallType = CallType.FirstToAnswer, TargetFunctionalAlias = "RRU43" }, s.Headers)).Call;
        await s.Mcx.AnswerCallAsync(new AnswerCallRequest { McpttId = b.McpttId, CallId = call.CallId, Accept = true }, s.Headers);

        var connected = await caller.WaitForAsync(e => e.Call?.Kind == CallEventKind.Connected, "the caller connected");
        var released = await a.WaitForAsync(e => e.Call?.Kind == CallEventKind.Ended, "a released");
        Assert.Multiple(() =>
        {
            Assert.That(call.Candidates, Is.EquivalentTo(new[] { a.McpttId, b.McpttId }));
            Assert.That(connected.Call.Call.Participants, Is.EquivalentTo(new[] { caller.McpttId, b.McpttId }));
            Assert.That(connected.Call.Call.TargetFunctionalAlias, Is.EqualTo("RRU43"));
            Assert.That(released.Call.Cause, Is.EqualTo(CallCause.CompletedElsewhere));
        });
    }

    private static async Task<CallInfo> CallAsync(Scenario s, McxProbe caller, params McxProbe[] candidates) =>
        (await s.Mcx.SetupCallAsync(new SetupCallRequest
        {
            McpttId = caller.McpttId, CallType = CallType.FirstToAnswer, CandidateMcpttIds = { candidates.Select(c => c.McpttId) },
        }, s.Headers)).Call;
}
