using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.ControlRoom;

/// <summary>A patch made from a console reaches the terminals of both groups' members as a device event.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class PatchEventTests
{
    [Test]
    public async Task PatchGroups_TerminalsOnBothGroups_EachObservesThePatchAndItsRemoval()
    {
        var s = HostSetup.NewScenario();
        await Positions.GroupAsync(s, "MPS-LX-OPS1", Agency.Mps);
        await Positions.GroupAsync(s, "MPS-SO-OPS1", Agency.Mps);
        using var console = await ConsoleDevices.ConsoleAsync(s, "metcc", Agency.Mps, "MPS-LX-OPS1", "MPS-SO-OPS1");
        await s.Config.PatchUserProfileAsync(new PatchUserProfileRequest
        {
            Profile = new UserProfile { Identity = new UserIdentity { McpttId = console.McpttId }, AllowRemoteAffiliation = true },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "allow_remote_affiliation" } },
        }, s.Headers);
        using var patel = await s.DeviceAsync("patel", "MPS-LX-OPS1");
        using var byrne = await s.DeviceAsync("byrne", "MPS-SO-OPS1");

        var patch = await s.Mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = console.McpttId, GroupIds = { "MPS-LX-OPS1", "MPS-SO-OPS1" } }, s.Headers);
        await s.Mcx.UnpatchGroupsAsync(new UnpatchGroupsRequest { McpttId = console.McpttId, PatchId = patch.PatchId }, s.Headers);

        foreach (var terminal in new[] { patel, byrne, console })
        {
            var made = await terminal.WaitForAsync(e => e.GroupPatch is { Patch.Removed: false }, "the patch");
            var removed = await terminal.WaitForAsync(e => e.GroupPatch is { Patch.Removed: true }, "its removal");
            Assert.That((made.GroupPatch.Patch.PatchId, removed.GroupPatch.Patch.PatchId), Is.EqualTo((patch.PatchId, patch.PatchId)), terminal.DeviceId);
        }
    }
}
