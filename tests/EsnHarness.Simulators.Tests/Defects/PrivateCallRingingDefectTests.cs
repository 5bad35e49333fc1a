using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>The no-answer time a called user's profile sets, against the defect that ignores it, on a host whose clock is a FakeTimeProvider.</summary>
[NonParallelizable]
public sealed class PrivateCallRingingDefectTests
{
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() =>
        _host = await FakeClockHost.StartAsync(new SimulatorHostOptions { PrivateCallNoAnswerTime = TimeSpan.FromSeconds(30) });

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TestCase(false, 0, TestName = "UnansweredPrivateCall_Faithful_FailsAtTheProfilesTwoSeconds")]
    [TestCase(true, 1, TestName = "UnansweredPrivateCall_RingingTimeIgnoredDefect_StillRingingAfterTwoSeconds")]
    [ShowsDefect("mcx.private-call-ringing-time-ignored")]
    public async Task PrivateCall_ProfileRingsTwoSeconds_CallsLeftAfterThem(bool defect, int left)
    {
        var s = await DefectScenarios.NewAsync(_host.Channel, defect ? McxPrivateCallDefects.RingingTimeIgnored : null);
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile { Identity = new UserIdentity { McpttId = "sip:callee@esn", Agency = Agency.Lfb }, PrivateCallNoAnswerMs = 2000 },
        }, s.Headers);
        using var caller = await McxProbe.RegisterAsync(s, "caller");
        using var callee = await McxProbe.RegisterAsync(s, "callee");
        await s.Mcx.SetupCallAsync(new SetupCallRequest
        {
            McpttId = caller.McpttId, CallType = CallType.Private, TargetMcpttId = callee.McpttId, Commencement = CommencementMode.Manual,
        }, s.Headers);

        _host.Time.Advance(TimeSpan.FromSeconds(2.1));

        var calls = await s.Mcx.ListCallsAsync(new ListCallsRequest(), s.Headers);
        Assert.That(calls.Calls.Count, Is.EqualTo(left));
    }
}
