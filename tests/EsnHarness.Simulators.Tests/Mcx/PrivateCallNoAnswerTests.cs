using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Net.Client;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>The no-answer timer of manual-commencement private calls, on a host whose clock is a FakeTimeProvider.</summary>
[NonParallelizable]
public sealed class PrivateCallNoAnswerTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-23T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private SimulatorHost _host = null!;
    private GrpcChannel _channel = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await SimulatorHost.StartAsync(new SimulatorHostOptions { TimeProvider = _time, PrivateCallNoAnswerTime = TimeSpan.FromSeconds(10) });
        _channel = GrpcChannel.ForAddress(_host.Address);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _channel.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task ManualPrivateCall_NotAnsweredWithinServiceDefault_CallerToldNoAnswerAndRingingStops()
    {
        var s = new Scenario(_channel);
        using var caller = await s.DeviceAsync("caller");
        using var callee = await s.DeviceAsync("callee");
        var call = await StartManualCallAsync(s, callee);

        _time.Advance(TimeSpan.FromSeconds(9.9));
        var stillRinging = await s.Mcx.GetCallAsync(new GetCallRequest { CallId = call.CallId }, s.Headers);
        _time.Advance(TimeSpan.FromSeconds(0.2));

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
        var s = new Scenario(_channel);
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile { Identity = new UserIdentity { McpttId = "sip:callee@esn", Agency = Agency.Mps }, PrivateCallNoAnswerMs = 2000 },
        }, s.Headers);
        using var caller = await s.DeviceAsync("caller");
        using var callee = await s.DeviceAsync("callee");
        await StartManualCallAsync(s, callee);

        _time.Advance(TimeSpan.FromSeconds(2.1));

        var failed = await caller.WaitForAsync(e => e.Call is { Kind: CallEventKind.Rejected }, "the caller told the call failed");
        Assert.That(failed.Call.Cause, Is.EqualTo(CallCause.NoAnswer));
    }

    [Test]
    public async Task ManualPrivateCall_AnsweredBeforeTheTimer_StaysUpAfterIt()
    {
        var s = new Scenario(_channel);
        using var caller = await s.DeviceAsync("caller");
        using var callee = await s.DeviceAsync("callee");
        var call = await StartManualCallAsync(s, callee);
        await s.Devices.AcceptCallAsync(new CallRef { DeviceId = "callee", CallId = call.CallId }, s.Headers);
        await caller.WaitForAsync(e => e.Call is { Kind: CallEventKind.Connected }, "the caller connected");

        _time.Advance(TimeSpan.FromSeconds(11));

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
