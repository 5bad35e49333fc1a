using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>Remotely initiated ambient listening calls on the reference MCX (TS 23.379 §10.14).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AmbientListeningCallTests
{
    [Test]
    public async Task SetupCall_AuthorisedListener_ConnectedAtOnceAndTheTargetHoldsTheFloor()
    {
        var s = HostSetup.NewScenario();
        using var listener = await ListenerAsync(s, "metcc");
        using var officer = await McxProbe.RegisterAsync(s, "officer");

        var call = await ListenAsync(s, listener, officer);
        var granted = await officer.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Granted, "the officer's terminal granted the floor");
        var taken = await listener.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Taken, "the listener sees the officer talking");
        var relayed = await officer.SendMediaAsync(call.CallId, 0);
        var heard = await listener.WaitForAsync(e => e.Media is not null, "the listener hears the officer");

        Assert.Multiple(() =>
        {
            Assert.That(call.CallType, Is.EqualTo(CallType.AmbientListening));
            Assert.That(call.State, Is.EqualTo(CallState.Active), "no ringing: the target answers by itself");
            Assert.That(call.Commencement, Is.EqualTo(CommencementMode.Automatic));
            Assert.That(granted.Floor.DurationLimitMs, Is.GreaterThan(3_600_000u), "talks for as long as the call lasts");
            Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(officer.McpttId));
            Assert.That(relayed, Is.EqualTo(1u));
            Assert.That(heard.Media.SenderMcpttId, Is.EqualTo(officer.McpttId));
        });
    }

    [Test]
    public async Task SetupCall_ListenerWithoutTheRight_PermissionDenied()
    {
        var s = HostSetup.NewScenario();
        using var crew = await McxProbe.RegisterAsync(s, "crew");
        using var officer = await McxProbe.RegisterAsync(s, "officer");

        var error = Assert.ThrowsAsync<RpcException>(async () => await ListenAsync(s, crew, officer));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        Assert.That(error.Status.Detail, Does.Contain("allow_ambient_listening"));
    }

    [Test]
    public async Task EndCall_ByTheListener_EndsForTheTarget()
    {
        var s = HostSetup.NewScenario();
        using var listener = await ListenerAsync(s, "metcc");
        using var officer = await McxProbe.RegisterAsync(s, "officer");
        var call = await ListenAsync(s, listener, officer);

        await s.Mcx.EndCallAsync(new EndCallRequest { McpttId = listener.McpttId, CallId = call.CallId }, s.Headers);

        var ended = await officer.WaitForAsync(e => e.Call?.Kind == CallEventKind.Ended, "the officer's terminal told the call ended");
        Assert.That(ended.Call.Call.CallId, Is.EqualTo(call.CallId));
    }

    /// <summary>A dispatcher allowed to listen to terminals, registered.</summary>
    internal static async Task<McxProbe> ListenerAsync(Scenario s, string name)
    {
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile { Identity = new UserIdentity { McpttId = $"sip:{name}@esn" }, AllowAmbientListening = true, AllowPrivateCall = true, AllowRemoteAffiliation = true },
        }, s.Headers);
        return await McxProbe.RegisterAsync(s, name, "dispatcher");
    }

    internal static async Task<CallInfo> ListenAsync(Scenario s, McxProbe listener, McxProbe target) =>
        (await s.Mcx.SetupCallAsync(new SetupCallRequest { McpttId = listener.McpttId, CallType = CallType.AmbientListening, TargetMcpttId = target.McpttId }, s.Headers)).Call;
}
