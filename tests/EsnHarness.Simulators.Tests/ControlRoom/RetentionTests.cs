using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.ControlRoom;

/// <summary>Each service's retention period decides what the recorder still holds (fake clock plus PassRetentionTime).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class RetentionTests
{
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await FakeClockHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task PassRetentionTime_LfbRecord_KeptFiveYearsThenDeletedAndRefused()
    {
        var s = _host.NewScenario();
        var (callId, control) = await RecordedCallAsync(s, "FLON-OPS01", Agency.Lfb);

        var before = await PassAsync(s, years: 4, days: 364);
        var kept = await s.Recording.ExportCallRecordAsync(new ExportCallRecordRequest { McpttId = control, CallId = callId }, s.Headers);
        var after = await PassAsync(s, years: 0, days: 2);
        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Recording.ExportCallRecordAsync(new ExportCallRecordRequest { McpttId = control, CallId = callId }, s.Headers));
        var held = await s.Recording.ListCallRecordsAsync(new ListCallRecordsRequest(), s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(before.DeletedCallIds, Is.Empty);
            Assert.That(kept.Record.CallId, Is.EqualTo(callId));
            Assert.That(after.DeletedCallIds, Is.EqualTo(new[] { callId }));
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(error.Status.Detail, Does.Contain("retention period ended"));
            Assert.That(held.Records, Is.Empty);
        });
    }

    [Test]
    public async Task PassRetentionTime_SixYears_MpsRecordKeptForItsSevenLfbRecordDeleted()
    {
        var s = _host.NewScenario();
        var (mps, _) = await RecordedCallAsync(s, "MPS-LX-OPS1", Agency.Mps);
        var (lfb, _) = await RecordedCallAsync(s, "FLON-OPS01", Agency.Lfb);

        var passed = await PassAsync(s, years: 6, days: 0);
        var held = await s.Recording.ListCallRecordsAsync(new ListCallRecordsRequest(), s.Headers);

        Assert.That(passed.DeletedCallIds, Is.EqualTo(new[] { lfb }));
        Assert.That(held.Records.Select(r => r.CallId), Is.EqualTo(new[] { mps }));
    }

    [Test]
    public async Task SetRetentionPolicy_LasThreeYears_AppliesToHeldRecords()
    {
        var s = _host.NewScenario();
        var (las, _) = await RecordedCallAsync(s, "LAS-SOUTH-SECTOR", Agency.Las);

        await s.Recording.SetRetentionPolicyAsync(new SetRetentionPolicyRequest { Policy = new RetentionPolicy { Agency = Agency.Las, Years = 3 } }, s.Headers);
        var passed = await PassAsync(s, years: 3, days: 1);
        var policies = await s.Recording.ListRetentionPoliciesAsync(new ListRetentionPoliciesRequest(), s.Headers);

        Assert.That(passed.DeletedCallIds, Is.EqualTo(new[] { las }));
        Assert.That(policies.Policies.Select(p => (p.Agency, p.Years)), Is.EqualTo(new[] { (Agency.Mps, 7u), (Agency.Lfb, 5u), (Agency.Las, 3u) }));
    }

    [Test]
    public async Task PassRetentionTime_CallStillInProgress_NeverDeleted()
    {
        var s = _host.NewScenario();
        await Positions.GroupAsync(s, "FLON-OPS01", Agency.Lfb);
        using var crew = await Positions.CrewAsync(s, "ff", Agency.Lfb, "FLON-OPS01");
        using var other = await Positions.CrewAsync(s, "ff2", Agency.Lfb, "FLON-OPS01");
        var callId = await Positions.TalkAsync(crew, "FLON-OPS01", 1, 1);

        var passed = await PassAsync(s, years: 50, days: 0);

        Assert.That(passed.DeletedCallIds, Is.Empty);
        var held = await s.Recording.ListCallRecordsAsync(new ListCallRecordsRequest(), s.Headers);
        Assert.That(held.Records.Single().CallId, Is.EqualTo(callId));
    }

    [TestCase(Agency.Unspecified, 5u, "policy.agency")]
    [TestCase(Agency.Lfb, 0u, "policy.years")]
    [TestCase(Agency.Lfb, 101u, "policy.years")]
    public void SetRetentionPolicy_OutOfRange_InvalidArgumentNamingTheField(Agency agency, uint years, string field)
    {
        var s = _host.NewScenario();

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Recording.SetRetentionPolicyAsync(new SetRetentionPolicyRequest { Policy = new RetentionPolicy { Agency = agency, Years = years } }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Status.Detail, Does.Contain(field));
    }

    /// <summary>A call on an agency group with one burst, ended; returns it and the agency dispatcher's MCPTT ID.</summary>
    internal static async Task<(string CallId, string Dispatcher)> RecordedCallAsync(Scenario s, string groupId, Agency agency)
    {
        await Positions.GroupAsync(s, groupId, agency);
        var tag = groupId.ToLowerInvariant();
        using var crew = await Positions.CrewAsync(s, $"crew-{tag}", agency, groupId);
        using var dispatcher = await Positions.DispatcherAsync(s, $"control-{tag}", agency, groupId);
        var callId = await Positions.TalkAsync(crew, groupId, 1, 2);
        await Positions.EndAsync(callId, crew, dispatcher);
        return (callId, dispatcher.McpttId);
    }

    private static async Task<PassRetentionTimeResponse> PassAsync(Scenario s, uint years, uint days) =>
        await s.Recording.PassRetentionTimeAsync(new PassRetentionTimeRequest { Years = years, Days = days }, s.Headers);
}
