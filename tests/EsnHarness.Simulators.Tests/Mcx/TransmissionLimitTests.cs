using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>N7, the profile's maximum simultaneous transmissions (TS 24.484, ESN-DOMAIN §4).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class TransmissionLimitTests
{
    [Test]
    public async Task RequestFloor_HoldingTheFloorInAnotherCallWithN7OfOne_DeniedNoResources()
    {
        var (s, a) = await TwoGroupsAsync(maxTransmissions: 0);
        await TalkAsync(s, a, "G1");

        await s.Devices.SelectGroupAsync(new GroupRequest { DeviceId = "a", GroupId = "G2" }, s.Headers);
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);

        var deny = await a.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Deny }, "Floor Deny on G2");
        var g2 = (await s.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "G2" }, s.Headers)).Calls.Single();
        Assert.Multiple(() =>
        {
            Assert.That(deny.Floor.Cause, Is.EqualTo(FloorCause.NoResources), "N7 defaults to 1: a second floor is refused with cause 6");
            Assert.That(g2.TalkerMcpttId, Is.Empty, "nobody holds the floor on G2");
        });
    }

    [Test]
    public async Task RequestFloor_HoldingTheFloorInAnotherCallWithN7OfTwo_Granted()
    {
        var (s, a) = await TwoGroupsAsync(maxTransmissions: 2);
        await TalkAsync(s, a, "G1");

        await s.Devices.SelectGroupAsync(new GroupRequest { DeviceId = "a", GroupId = "G2" }, s.Headers);
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);

        await a.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Granted }, "Floor Granted on G2 with N7 = 2");
        var talkers = (await s.Mcx.ListCallsAsync(new ListCallsRequest(), s.Headers)).Calls.Select(c => c.TalkerMcpttId);
        Assert.That(talkers, Is.EqualTo(new[] { a.McpttId, a.McpttId }));
    }

    [Test]
    public async Task RequestFloor_AfterReleasingTheOtherFloor_Granted()
    {
        var (s, a) = await TwoGroupsAsync(maxTransmissions: 0);
        await TalkAsync(s, a, "G1");
        await s.Devices.ReleasePttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.FloorState is { From: "PendingRelease" }, "release on G1 acknowledged");

        await TalkAsync(s, a, "G2");

        var held = (await s.Mcx.ListCallsAsync(new ListCallsRequest(), s.Headers)).Calls.Where(c => c.TalkerMcpttId == a.McpttId).Select(c => c.GroupId);
        Assert.That(held, Is.EqualTo(new[] { "G2" }), "a holds one floor, the second one, once the first is released");
    }

    private static async Task<(Scenario S, DeviceProbe A)> TwoGroupsAsync(uint maxTransmissions)
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G1");
        await s.GroupAsync("G2");
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile
            {
                Identity = new UserIdentity { McpttId = "sip:a@esn", Agency = Agency.Mps, Role = "response officer", FunctionalAlias = "A" },
                AllowPrivateCall = true, MaxSimultaneousTransmissions = maxTransmissions,
            },
        }, s.Headers);
        var a = await s.DeviceAsync("a", "G1");
        await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = "a", GroupId = "G2" }, s.Headers);
        var b = await s.DeviceAsync("b", "G1");
        await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = "b", GroupId = "G2" }, s.Headers);
        b.Dispose();
        return (s, a);
    }

    private static async Task TalkAsync(Scenario s, DeviceProbe a, string group)
    {
        await s.Devices.SelectGroupAsync(new GroupRequest { DeviceId = "a", GroupId = group }, s.Headers);
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.FloorState is { To: "HasPermission" }, $"a granted on {group}");
    }
}
