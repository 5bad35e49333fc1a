using EsnHarness.Simulators.Internal.Mcx;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>The patch table of one namespace, on a fake clock: what is patched, since when, and which calls it joins.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class McxPatchesTests
{
    private static readonly DateTimeOffset Noon = DateTimeOffset.Parse("2026-11-23T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Create_TwoGroups_StampedByTheClockAndJoinsThemBothWays()
    {
        var time = new FakeTimeProvider(Noon);
        var patches = new McxPatches(time);
        time.Advance(TimeSpan.FromSeconds(90));

        var patch = patches.Create("sip:metcc@esn", ["MPS-A", "LFB-B"]);

        Assert.Multiple(() =>
        {
            Assert.That(patch.GroupIds, Is.EqualTo(new[] { "MPS-A", "LFB-B" }));
            Assert.That(patch.CreatedBy, Is.EqualTo("sip:metcc@esn"));
            Assert.That(patch.CreatedAt.ToDateTimeOffset(), Is.EqualTo(Noon.AddSeconds(90)));
            Assert.That(patches.Joins("MPS-A", "LFB-B"), Is.True);
            Assert.That(patches.Joins("LFB-B", "MPS-A"), Is.True);
            Assert.That(patches.Joins("MPS-A", "LAS-C"), Is.False);
            Assert.That(patches.Reaches("MPS-A", new HashSet<string> { "LFB-B" }), Is.True, "a user on the partner group belongs in the call");
            Assert.That(patches.Reaches("MPS-A", new HashSet<string> { "LAS-C" }), Is.False);
        });
    }

    [Test]
    public void Remove_PatchInForce_ReportedRemovedAndGroupsNoLongerJoined()
    {
        var patches = new McxPatches(new FakeTimeProvider(Noon));
        var patch = patches.Create("sip:metcc@esn", ["A", "B"]);

        var removed = patches.Remove("sip:lfb@esn", patch.PatchId);

        Assert.Multiple(() =>
        {
            Assert.That(removed.Removed, Is.True);
            Assert.That(removed.RemovedBy, Is.EqualTo("sip:lfb@esn"));
            Assert.That(patches.Joins("A", "B"), Is.False);
            Assert.That(patches.List(""), Is.Empty);
        });
    }

    [Test]
    public void Create_GroupAlreadyPatched_FailedPreconditionNamingThePartner()
    {
        var patches = new McxPatches(new FakeTimeProvider(Noon));
        patches.Create("sip:metcc@esn", ["A", "B"]);

        var error = Assert.Throws<RpcException>(() => patches.Create("sip:metcc@esn", ["C", "B"]));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Status.Detail, Does.Contain("group 'B' is already patched to 'A'"));
    }

    [TestCase(new[] { "A" }, "exactly two groups")]
    [TestCase(new[] { "A", "B", "C" }, "exactly two groups")]
    [TestCase(new[] { "A", "A" }, "names 'A' twice")]
    public void Create_NotTwoDistinctGroups_InvalidArgumentNamingTheField(string[] groups, string why)
    {
        var patches = new McxPatches(new FakeTimeProvider(Noon));

        var error = Assert.Throws<RpcException>(() => patches.Create("sip:metcc@esn", groups));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Status.Detail, Does.Contain("group_ids").And.Contain(why));
    }

    [Test]
    public void Remove_UnknownPatch_NotFound()
    {
        var patches = new McxPatches(new FakeTimeProvider(Noon));

        var error = Assert.Throws<RpcException>(() => patches.Remove("sip:metcc@esn", "patch-9"));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
    }

    [Test]
    public void List_ByGroup_OnlyThePatchThatGroupIsIn()
    {
        var patches = new McxPatches(new FakeTimeProvider(Noon));
        patches.Create("sip:metcc@esn", ["A", "B"]);
        var second = patches.Create("sip:metcc@esn", ["C", "D"]);

        Assert.That(patches.List("D").Select(p => p.PatchId), Is.EqualTo(new[] { second.PatchId }));
    }
}
