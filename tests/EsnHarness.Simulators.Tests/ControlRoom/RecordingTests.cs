using System.Security.Cryptography;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.ControlRoom;

/// <summary>The MCX recorder through its contract, on a fake clock: what a call's record holds, its export as evidence.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class RecordingTests
{
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await FakeClockHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task ListCallRecords_CrewAndDispatcherTalkInTurn_EveryBurstWithTalkerTimesFramesAndDigest()
    {
        var s = _host.NewScenario();
        await Positions.GroupAsync(s, "FLON-OPS01", Agency.Lfb);
        using var crew = await Positions.CrewAsync(s, "ff", Agency.Lfb, "FLON-OPS01");
        using var control = await Positions.DispatcherAsync(s, "control", Agency.Lfb, "FLON-OPS01");
        var start = _host.Time.GetUtcNow();

        var callId = await Positions.TalkAsync(crew, "FLON-OPS01", 1, 3, () => _host.Time.Advance(TimeSpan.FromMilliseconds(20)));
        _host.Time.Advance(TimeSpan.FromMilliseconds(500));
        await Positions.TalkAsync(control, "FLON-OPS01", 1, 2, () => _host.Time.Advance(TimeSpan.FromMilliseconds(20)));

        var record = (await s.Recording.ListCallRecordsAsync(new ListCallRecordsRequest { GroupId = "FLON-OPS01" }, s.Headers)).Records.Single();
        var first = record.Bursts[0];
        var second = record.Bursts[1];
        Assert.Multiple(() =>
        {
            Assert.That(record.CallId, Is.EqualTo(callId));
            Assert.That(record.Agency, Is.EqualTo(Agency.Lfb));
            Assert.That(record.EndedAt, Is.Null, "in progress");
            Assert.That(record.Bursts.Select(b => (b.TalkerMcpttId, b.Frames)), Is.EqualTo(new[] { ("sip:ff@esn", 3u), ("sip:control@esn", 2u) }));
            Assert.That(first.StartedAt.ToDateTimeOffset(), Is.EqualTo(start));
            Assert.That(first.EndedAt.ToDateTimeOffset(), Is.EqualTo(start + TimeSpan.FromMilliseconds(60)), "last frame at +40 ms, 20 ms long");
            Assert.That(second.StartedAt.ToDateTimeOffset(), Is.EqualTo(start + TimeSpan.FromMilliseconds(560)));
            Assert.That(first.MediaSha256, Is.EqualTo(Digest([1, 0, 0x5a], [1, 1, 0x5a], [1, 2, 0x5a])));
            Assert.That(first.TalkerFunctionalAlias, Is.EqualTo("FF"));
        });
    }

    [Test]
    public async Task ExportCallRecord_EndedCall_ContentHashRecomputesAndCustodyNamesRecorderAndExporter()
    {
        var s = _host.NewScenario();
        await Positions.GroupAsync(s, "FLON-OPS01", Agency.Lfb);
        using var crew = await Positions.CrewAsync(s, "ff", Agency.Lfb, "FLON-OPS01");
        using var control = await Positions.DispatcherAsync(s, "control", Agency.Lfb, "FLON-OPS01");
        var callId = await Positions.TalkAsync(crew, "FLON-OPS01", 1, 2);
        await Positions.EndAsync(callId, crew, control);

        var first = await s.Recording.ExportCallRecordAsync(new ExportCallRecordRequest { McpttId = control.McpttId, CallId = callId }, s.Headers);
        var second = await s.Recording.ExportCallRecordAsync(new ExportCallRecordRequest { McpttId = control.McpttId, CallId = callId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(first.ContentSha256, Is.EqualTo(EvidenceHash.Of(first.Record)));
            Assert.That(second.ContentSha256, Is.EqualTo(first.ContentSha256), "the same record, the same hash");
            Assert.That(second.EvidenceId, Is.Not.EqualTo(first.EvidenceId));
            Assert.That(first.Record.EndedAt, Is.Not.Null);
            Assert.That(first.Record.RetainUntil.ToDateTimeOffset(), Is.EqualTo(first.Record.EndedAt.ToDateTimeOffset().AddYears(5)), "LFB: 5 years");
            Assert.That(second.Custody.Select(c => (c.Action, c.By)),
                Is.EqualTo(new[] { ("recorded", "mcx-recorder"), ("exported", control.McpttId), ("exported", control.McpttId) }));
        });
    }

    [Test]
    public async Task ExportCallRecord_ByCrewMember_PermissionDenied()
    {
        var s = _host.NewScenario();
        await Positions.GroupAsync(s, "FLON-OPS01", Agency.Lfb);
        using var crew = await Positions.CrewAsync(s, "ff", Agency.Lfb, "FLON-OPS01");
        using var other = await Positions.CrewAsync(s, "ff2", Agency.Lfb, "FLON-OPS01");
        var callId = await Positions.TalkAsync(crew, "FLON-OPS01", 1, 1);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Recording.ExportCallRecordAsync(new ExportCallRecordRequest { McpttId = crew.McpttId, CallId = callId }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        Assert.That(error.Status.Detail, Does.Contain("only a dispatcher"));
    }

    [Test]
    public async Task ExportCallRecord_UnknownCall_NotFoundNamingIt()
    {
        var s = _host.NewScenario();
        using var control = await Positions.DispatcherAsync(s, "control", Agency.Lfb);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Recording.ExportCallRecordAsync(new ExportCallRecordRequest { McpttId = control.McpttId, CallId = "call-99" }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
        Assert.That(error.Status.Detail, Does.Contain("'call-99'"));
    }

    private static string Digest(params byte[][] frames) => Convert.ToHexStringLower(SHA256.HashData(frames.SelectMany(f => f).ToArray()));
}
