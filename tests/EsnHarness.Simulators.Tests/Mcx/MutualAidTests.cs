using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Defects;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;
using Defect = EsnHarness.Simulators.Defects.Defect;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>A mutual-aid group of units from two boroughs, activated and deactivated by a dispatcher (fake clock).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class MutualAidTests
{
    private const string Dispatcher = "sip:metcc@esn";
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await FakeClockHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Affiliate_InactiveMutualAidGroup_FailedPreconditionSayingSo()
    {
        var s = await BoroughsAsync(null);
        using var a = await s.DeviceAsync("a", "MPS-LX");

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = "a", GroupId = "MPS-MA-71" }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Status.Detail, Does.Contain("mutual-aid group that is not active"));
    }

    [Test]
    [ShowsDefect("mcx.mutual-aid-always-open")]
    public async Task Affiliate_InactiveMutualAidGroup_AlwaysOpenDefect_Affiliated()
    {
        var s = await BoroughsAsync(MultiAgencyDefects.MutualAidAlwaysOpen);
        using var a = await s.DeviceAsync("a", "MPS-LX");

        var state = await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = "a", GroupId = "MPS-MA-71" }, s.Headers);

        Assert.That(state.AffiliatedGroups, Does.Contain("MPS-MA-71"));
    }

    [TestCase(false, TestName = "SetMutualAid_Faithful_MembersOnTheMutualAidGroupAndStillOnTheirHomeGroups")]
    [TestCase(true, TestName = "SetMutualAid_MovesMembersDefect_MembersLoseTheirHomeGroups")]
    [ShowsDefect("mcx.mutual-aid-moves-members")]
    public async Task SetMutualAid_Activate_MembersKeepTheirHomeGroups(bool defect)
    {
        var s = await BoroughsAsync(defect ? MultiAgencyDefects.MutualAidMovesMembers : null);
        using var a = await s.DeviceAsync("a", "MPS-LX");
        using var b = await s.DeviceAsync("b", "MPS-SK");

        var state = await s.Mcx.SetMutualAidAsync(new SetMutualAidRequest { McpttId = Dispatcher, GroupId = "MPS-MA-71", Active = true }, s.Headers);
        var ofA = await s.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { McpttId = "sip:a@esn" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(state.Active, Is.True);
            Assert.That(state.ChangedMembers, Is.EquivalentTo(new[] { "sip:a@esn", "sip:b@esn" }));
            Assert.That(state.AbsentMembers, Is.EqualTo(new[] { "sip:c@esn" }));
            Assert.That(ofA.Affiliations.Select(x => x.GroupId), defect ? Is.EqualTo(new[] { "MPS-MA-71" }) : Is.EqualTo(new[] { "MPS-LX", "MPS-MA-71" }));
        });
    }

    [Test]
    public async Task SetMutualAid_Deactivate_CallEndsAndMembersLeaveOnlyTheMutualAidGroup()
    {
        var s = await BoroughsAsync(null);
        using var a = await s.DeviceAsync("a", "MPS-LX");
        using var b = await s.DeviceAsync("b", "MPS-SK");
        await s.Mcx.SetMutualAidAsync(new SetMutualAidRequest { McpttId = Dispatcher, GroupId = "MPS-MA-71", Active = true }, s.Headers);
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a", GroupId = "MPS-MA-71" }, s.Headers);
        await b.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, "b hears a on the mutual-aid group");

        var state = await s.Mcx.SetMutualAidAsync(new SetMutualAidRequest { McpttId = Dispatcher, GroupId = "MPS-MA-71", Active = false }, s.Headers);
        var ended = await b.WaitForAsync(e => e.Call is { Kind: CallEventKind.Ended }, "the mutual-aid call ends");
        var ofB = await s.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { McpttId = "sip:b@esn" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(state.Active, Is.False);
            Assert.That(ended.Call.Call.GroupId, Is.EqualTo("MPS-MA-71"));
            Assert.That(ofB.Affiliations.Select(x => x.GroupId), Is.EqualTo(new[] { "MPS-SK" }));
        });
    }

    [Test]
    public async Task SetMutualAid_GroupNotForMutualAid_FailedPrecondition()
    {
        var s = await BoroughsAsync(null);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Mcx.SetMutualAidAsync(new SetMutualAidRequest { McpttId = Dispatcher, GroupId = "MPS-LX", Active = true }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(error.Status.Detail, Does.Contain("'MPS-LX' is not a mutual-aid group"));
    }

    private async Task<Scenario> BoroughsAsync(Defect? defect)
    {
        var s = await DefectScenarios.NewAsync(_host.Channel, defect);
        await s.GroupAsync("MPS-LX", g => g.Agency = Agency.Mps);
        await s.GroupAsync("MPS-SK", g => g.Agency = Agency.Mps);
        await s.GroupAsync("MPS-MA-71", g =>
        {
            g.Agency = Agency.Mps;
            g.MutualAid = true;
            g.Members.Add(["sip:a@esn", "sip:b@esn", "sip:c@esn"]);
        });
        await s.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = Dispatcher, Agency = Agency.Mps, Role = "dispatcher" } }, s.Headers);
        return s;
    }
}
