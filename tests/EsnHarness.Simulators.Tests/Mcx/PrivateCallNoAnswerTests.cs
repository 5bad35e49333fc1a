using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>The no-answer timer of manual-commencement private calls, on a host whose clock is a FakeTimeProvider.</summary>
[NonParallelizable]
public sealed class PrivateCallNoAnswerTests
{
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() =>
        _host = await FakeClockHost.StartAsync(new SimulatorHostOptions { PrivateCallNoAnswerTime = TimeSpan.FromSeconds(10) });

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task ManualPrivateCall_NotAnsweredWithinServiceDefault_CallerToldNoAnswerAndRingingStops()
    {
        var s = _host.NewScenario();
        using var caller = await s.DeviceAsync("caller");
        using var callee = await s.DeviceAsync("callee");
        var call = await StartManualCallAsync(s, callee);

        _host.Time.Advance(TimeSpan.FromSeconds(9.9));
        var stillRinging = await s.Mcx.GetCallAsync(new GetCallRequest { CallId = call.CallId }, s.Headers);
        _host.Time.Advance(TimeSpan.FromSeconds(0.2));

        var failed = await caller.WaitForAsync(e => e.Call is { Kind: CallEventKind.Rejected }, "the caller told the call failed");
        var stopped = await callee.WaitForAsync(e => e.Call is { Kind: CallEventKind.Ended }, "the called terminal stops ringing");
        Assert.Multiple(() =>
        {
            Assert.That(stillRinging.State, Is.EqualTo(CallState.SettingUp), "still ringing 100 ms before the no-answer time");
            Assert.That(failed.Call.Cause, Is.EqualTo(CallCause.NoAnswer));
            Assert.That(stopped.Call.Cause, Is.EqualTo(CallCause.NoAnswer));
        });
    }

    [Test]
    public async Task ManualPrivateCall_CalledProfileSetsTwoSeconds_FailsAfterTwoSeconds()
    {
        var s = _host.NewScenario();
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile { Identity = new UserIdentity { McpttId = "sip:callee@esn", Agency = Agency.Mps }, PrivateCallNoAnswerMs = 2000 },
        }, s.Headers);
        using var caller = await s.DeviceAsync("caller");
        using var callee = await s.DeviceAsync("callee");
        await StartManualCallAsync(s, callee);

        _host.Time.Advance(TimeSpan.FromSeconds(2.1));

        var failed = await caller.WaitForAsync(e => e.Call is { Kind: CallEventKind.Rejected }, "the caller told the call failed");
        Assert.That(failed.Call.Cause, Is.EqualTo(CallCause.NoAnswer));
    }

    [Test]
    public async Task ManualPrivateCall_AnsweredBeforeTheTimer_StaysUpAfterIt()
    {
        var s = _host.NewScenario();
        using var caller = await s.DeviceAsync("caller");
        using var callee = await s.DeviceAsync("callee");
        var call = await StartManualCallAsync(s, callee);
        await s.Devices.AcceptCallAsync(new CallRef { DeviceId = "callee", CallId = call.CallId }, s.Headers);
        await caller.WaitForAsync(e => e.Call is { Kind: CallEventKind.Connected }, "the caller connected");

        _host.Time.Advance(TimeSpan.FromSeconds(11));

        var after = await s.Mcx.GetCallAsync(new GetCallRequest { CallId = call.CallId }, s.Headers);
        Assert.That(after.State, Is.EqualTo(CallState.Active));
    }

    private static async Task<CallInfo> StartManualCallAsync(Scenario s, DeviceProbe callee)
    {
        var result = await s.Devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = "caller", CallType = CallType.Private, TargetMcpttId = callee.McpttId, Commencement = CommencementMode.Manual,
        }, s.Headers);
        await callee.WaitForAsync(e => e.Call is { Kind: CallEventKind.Incoming }, "the called terminal rings");
        return result.Call;
    }
}
