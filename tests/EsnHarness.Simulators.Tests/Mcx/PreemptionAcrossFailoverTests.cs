using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>
/// The radio resources of calls across a core failover, in Carnival's full cell (room for two 2-party calls): a call the
/// standby re-establishes keeps the resources the network still holds for the lost one and gives them back when it ends;
/// a call it does not re-establish gives them back at once. Otherwise the cell stays full of calls nobody is in.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class PreemptionAcrossFailoverTests
{
    [Test]
    public async Task EndCall_CallReestablishedByTheStandby_ItsRadioResourcesServeTheNextCall()
    {
        var s = await CallPreemptionTests.CarnivalAsync(null);
        using var paramedic = await CallPreemptionTests.CallAsync(s, "las1", "LAS-LOW", Agency.Las, "las2");
        using var officer = await CallPreemptionTests.CallAsync(s, "mps1", "MPS-MID", Agency.Mps, "mps2");
        var lost = (await s.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "MPS-MID" }, s.Headers)).Calls.Single();

        await Operations.FailOverAsync(new FailOverRequest { TakeoverMs = 0 }, s.Headers);
        var again = await officer.WaitForAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.ReplacesCallId == lost.CallId, "mps2 re-invited");
        await s.Mcx.EndCallAsync(new EndCallRequest { McpttId = "sip:mps1@esn", CallId = again.Call.Call.CallId }, s.Headers);
        await s.Mcx.EndCallAsync(new EndCallRequest { McpttId = "sip:mps2@esn", CallId = again.Call.Call.CallId }, s.Headers);

        Assert.That(await LowPriorityCallAsync(s), Is.Not.Empty, "the units of the re-established call, released when it ended");
    }

    [Test]
    public async Task SetupCall_AfterAFailoverThatDroppedTheCalls_TheirRadioResourcesServeTheNextCall()
    {
        var s = await CallPreemptionTests.CarnivalAsync("mcx.failover-drops-calls");
        using var paramedic = await CallPreemptionTests.CallAsync(s, "las1", "LAS-LOW", Agency.Las, "las2");
        using var officer = await CallPreemptionTests.CallAsync(s, "mps1", "MPS-MID", Agency.Mps, "mps2");

        await Operations.FailOverAsync(new FailOverRequest { TakeoverMs = 0 }, s.Headers);
        await officer.WaitForAsync(e => e.Call is { Kind: CallEventKind.Ended }, "mps2 told the lost call ended");

        Assert.That(await LowPriorityCallAsync(s), Is.Not.Empty, "the units of the calls the standby did not re-establish, released");
    }

    /// <summary>A new LAS call at priority 50 (ARP 13), which pre-empts nothing: admitted only into released units.</summary>
    private static async Task<string> LowPriorityCallAsync(Scenario s)
    {
        await s.GroupAsync("LAS-TWO", g => (g.Agency, g.Priority) = (Agency.Las, 50));
        using var las3 = await s.DeviceAsync("las3", "LAS-TWO", "Notting Hill Carnival", Agency.Las);
        using var las4 = await s.DeviceAsync("las4", "LAS-TWO", "Notting Hill Carnival", Agency.Las);
        return (await s.Devices.PressPttAsync(new PttRequest { DeviceId = "las3" }, s.Headers)).CallId;
    }

    private static McxOperations.McxOperationsClient Operations => new(HostSetup.Channel);
}
