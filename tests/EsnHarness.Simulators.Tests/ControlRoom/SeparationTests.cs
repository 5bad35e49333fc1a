using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.ControlRoom;

/// <summary>Control rooms share a space, not their systems: a console answers only its own service's groups and
/// multi-agency groups, even when a group document lists it.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SeparationTests
{
    [Test]
    public async Task Affiliate_LasConsoleToAnMpsGroupListingIt_PermissionDeniedNamingBothServices()
    {
        var s = HostSetup.NewScenario();
        await Positions.GroupAsync(s, "MPS-LX-OPS1", Agency.Mps);
        using var las = await Positions.DispatcherAsync(s, "las-eoc", Agency.Las);

        var error = Assert.ThrowsAsync<RpcException>(() => las.AffiliateAsync("MPS-LX-OPS1"));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        Assert.That(error.Status.Detail, Does.Contain("LAS dispatcher").And.Contain("of MPS"));
    }

    [Test]
    public async Task Affiliate_LasConsoleToAMultiAgencyGroup_Affiliated()
    {
        var s = HostSetup.NewScenario();
        await Positions.GroupAsync(s, "LDN-MAJOR-INCIDENT-1", Agency.Unspecified);
        using var las = await Positions.DispatcherAsync(s, "las-eoc", Agency.Las);

        var response = await las.AffiliateAsync("LDN-MAJOR-INCIDENT-1");

        Assert.That(response.AffiliatedGroups, Does.Contain("LDN-MAJOR-INCIDENT-1"));
    }

    [Test]
    public async Task Affiliate_CrewMemberOfAnotherServiceOnAJointGroup_NotAConsoleSoAffiliated()
    {
        var s = HostSetup.NewScenario();
        await Positions.GroupAsync(s, "MPS-LX-OPS1", Agency.Mps);
        using var paramedic = await Positions.CrewAsync(s, "paramedic", Agency.Las);

        var response = await paramedic.AffiliateAsync("MPS-LX-OPS1");

        Assert.That(response.AffiliatedGroups, Does.Contain("MPS-LX-OPS1"));
    }

    [Test]
    public async Task PatchGroups_MetccPatchesAnLasGroup_PermissionDeniedAndNothingPatched()
    {
        var s = HostSetup.NewScenario();
        await Positions.GroupAsync(s, "MPS-LX-OPS1", Agency.Mps);
        await Positions.GroupAsync(s, "LAS-SOUTH-SECTOR", Agency.Las);
        using var metcc = await Positions.DispatcherAsync(s, "metcc", Agency.Mps);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = metcc.McpttId, GroupIds = { "MPS-LX-OPS1", "LAS-SOUTH-SECTOR" } }, s.Headers));
        var patches = await s.Mcx.ListPatchesAsync(new ListPatchesRequest(), s.Headers);

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        Assert.That(patches.Patches, Is.Empty);
    }

    [Test]
    public async Task ExportCallRecord_LasDispatcherExportsAnMpsCall_PermissionDenied()
    {
        var s = HostSetup.NewScenario();
        var (callId, _) = await RetentionTests.RecordedCallAsync(s, "MPS-LX-OPS1", Agency.Mps);
        using var las = await Positions.DispatcherAsync(s, "las-eoc", Agency.Las);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Recording.ExportCallRecordAsync(new ExportCallRecordRequest { McpttId = las.McpttId, CallId = callId }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
    }
}
