using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

[Parallelizable(ParallelScope.All)]
public sealed class VoiceBurstRevokeTests
{
    [Test]
    public async Task SendVoiceBurst_TalkTimeExceededMidBurst_TerminalStopsTransmittingAtTheRevoke()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G", g => g.MaxTalkTimeMs = 200);
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.FloorState is { To: "HasPermission" }, "a granted");

        var burst = await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "a", FrameCount = 500, FrameIntervalMs = 20 }, s.Headers);
        var revoke = await a.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Revoke }, "a revoked at the talk-time limit");

        Assert.Multiple(() =>
        {
            Assert.That(revoke.Floor.Cause, Is.EqualTo(FloorCause.InternalErrorOrTalkTimeExceeded));
            Assert.That(burst.FramesSent, Is.LessThan(500), "the 10 s burst stops when the 200 ms talk time is revoked");
            Assert.That(a.Seen.Any(e => e.Floor is { Kind: FloorEventKind.Revoke, Cause: FloorCause.OnlyOneParticipant }), Is.False,
                "no media was sent without permission (which the arbitrator answers with Revoke cause 3)");
        });
    }
}
