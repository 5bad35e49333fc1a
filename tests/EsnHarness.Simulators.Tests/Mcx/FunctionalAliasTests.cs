using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>Functional aliases on the reference MCX (TS 23.280 §10.13): activation, who holds one, and what carries it.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FunctionalAliasTests
{
    [Test]
    public async Task ActivateFunctionalAlias_AllowedUser_FloorTakenAndCallsCarryIt()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");
        await ConfigureAsync(s, "Trojan 21", shareable: false, a.McpttId);

        var status = await s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = a.McpttId, Alias = "trojan 21" }, s.Headers);
        var call = await a.CallAsync("G", talk: true);
        var taken = await b.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Taken, "b sees a talking");
        var privateCall = (await s.Mcx.SetupCallAsync(new SetupCallRequest
        {
            McpttId = a.McpttId, CallType = CallType.Private, TargetMcpttId = b.McpttId, Commencement = CommencementMode.Automatic,
        }, s.Headers)).Call;

        Assert.Multiple(() =>
        {
            Assert.That(status.Alias, Is.EqualTo("Trojan 21"), "the configured spelling");
            Assert.That(status.Holders.Select(h => h.McpttId), Is.EqualTo(new[] { a.McpttId }));
            Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(a.McpttId));
            Assert.That(taken.Floor.TalkerFunctionalAlias, Is.EqualTo("Trojan 21"), "the activated alias, not the profile's (A)");
            Assert.That(call.GroupId, Is.EqualTo("G"));
            Assert.That(privateCall.InitiatorFunctionalAlias, Is.EqualTo("Trojan 21"));
        });
    }

    [Test]
    public async Task ActivateFunctionalAlias_UserNotAllowed_PermissionDenied()
    {
        var s = HostSetup.NewScenario();
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");
        await ConfigureAsync(s, "Trojan 21", shareable: false, a.McpttId);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = b.McpttId, Alias = "Trojan 21" }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        Assert.That(error.Status.Detail, Does.Contain("Trojan 21"));
    }

    [Test]
    public async Task ActivateFunctionalAlias_UnknownAlias_NotFoundNamingIt()
    {
        var s = HostSetup.NewScenario();
        using var a = await McxProbe.RegisterAsync(s, "a");

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = a.McpttId, Alias = "Trojan 99" }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
        Assert.That(error.Status.Detail, Does.Contain("'Trojan 99' is not configured"));
    }

    [Test]
    public async Task DeactivateFunctionalAlias_Holder_NoLongerReachedAndFloorTakenFallsBackToTheProfileAlias()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");
        await ConfigureAsync(s, "RRU43", shareable: false);
        await s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = a.McpttId, Alias = "RRU43" }, s.Headers);

        await s.Common.DeactivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = a.McpttId, Alias = "RRU43" }, s.Headers);
        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Mcx.SetupCallAsync(new SetupCallRequest
        {
            McpttId = b.McpttId, CallType = CallType.Private, TargetFunctionalAlias = "RRU43",
        }, s.Headers));
        await a.CallAsync("G", talk: true);
        var taken = await b.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Taken, "b sees a talking");

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(error.Trailers.GetValue("esn-call-cause"), Is.EqualTo("CALL_CAUSE_USER_NOT_REACHABLE"));
            Assert.That(taken.Floor.TalkerFunctionalAlias, Is.EqualTo("A"), "the profile identity's alias");
        });
    }

    [Test]
    public async Task PrivateCallToFunctionalAlias_OneHolder_RingsThatHolderWithTheAliasShown()
    {
        var s = HostSetup.NewScenario();
        using var caller = await McxProbe.RegisterAsync(s, "caller");
        using var holder = await McxProbe.RegisterAsync(s, "holder");
        await ConfigureAsync(s, "RRU43", shareable: false);
        await s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = holder.McpttId, Alias = "RRU43" }, s.Headers);

        var call = (await s.Mcx.SetupCallAsync(new SetupCallRequest { McpttId = caller.McpttId, CallType = CallType.Private, TargetFunctionalAlias = "rru43" }, s.Headers)).Call;
        var incoming = await holder.WaitForAsync(e => e.Call?.Kind == CallEventKind.Incoming, "the holder rings");

        Assert.Multiple(() =>
        {
            Assert.That(call.CallType, Is.EqualTo(CallType.Private));
            Assert.That(incoming.Call.Call.TargetFunctionalAlias, Is.EqualTo("RRU43"));
            Assert.That(incoming.Call.Call.InitiatorMcpttId, Is.EqualTo(caller.McpttId));
        });
    }

    [Test]
    public async Task Deregister_Holder_AliasFreedForAnother()
    {
        var s = HostSetup.NewScenario();
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");
        await ConfigureAsync(s, "Trojan 21", shareable: false);
        await s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = a.McpttId, Alias = "Trojan 21" }, s.Headers);

        await s.Mcx.DeregisterAsync(new DeregisterRequest { McpttId = a.McpttId }, s.Headers);
        var status = await s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = b.McpttId, Alias = "Trojan 21" }, s.Headers);

        Assert.That(status.Holders.Select(h => h.McpttId), Is.EqualTo(new[] { b.McpttId }));
    }

    internal static Task<FunctionalAliasStatus> ConfigureAsync(Scenario s, string alias, bool shareable, params string[] allowed) =>
        s.Common.ConfigureFunctionalAliasAsync(new ConfigureFunctionalAliasRequest
        {
            Config = new FunctionalAliasConfig { Alias = alias, Shareable = shareable, AllowedMcpttIds = { allowed } },
        }, s.Headers).ResponseAsync;
}
