using System.Collections.Concurrent;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using ProtoAgency = EsnHarness.Contracts.Common.V1.Agency;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: the recorder of the MCX service through esn.mcx.v1 McxRecording: talk turns the scenario makes (and what
/// the talkers' terminals saw of them), the record the recorder holds, evidential export, and each service's retention.
/// </summary>
/// A dispatcher at a web console takes their turn through the screen (PTT, the floor shown granted, the audio meter's count of
/// frames the MCX accepted, release).
public sealed class Recordings(TerminalFleet fleet, Cast cast, Refusals refusals, EsnSession session, ControlRoomConsoles consoles)
{
    /// <summary>How far the recorder's clock may be from the terminals' (an agency's recorder is not on the harness's host).</summary>
    private static readonly TimeSpan ClockAllowance = TimeSpan.FromSeconds(1);

    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly McxRecording.McxRecordingClient _recorder = new(session.Invoker(EsnRole.Mcx));
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));
    private readonly ConcurrentDictionary<string, List<TalkTurn>> _turns = new(StringComparer.OrdinalIgnoreCase);
    private EvidenceExport? _evidence;

    /// <summary>The talkers speak on the group one after the other: PTT, the grant, five 20 ms frames, release, and the next.</summary>
    public async Task TakeTurnsAsync(IReadOnlyList<UserName> talkers, GroupName group)
    {
        fleet.MarkAction();
        var turns = _turns.GetOrAdd(group.Value, _ => []);
        foreach (var talker in talkers)
        {
            turns.Add(consoles.AtWebConsole(talker) ? await ScreenTurnAsync(cast.Get(talker), group, turns) : await TurnAsync(cast.Get(talker), group));
        }
    }

    /// <summary>The recorder holds the call's talk bursts: the talkers in order, every frame that reached the MCX, within the turns' times.</summary>
    public async Task ExpectRecordedAsync(GroupName group, IReadOnlyList<UserName> talkers)
    {
        var turns = Turns(group);
        var record = await RecordAsync(group);
        ExpectTalkers(record, talkers, $"The recording of {record.CallId} on {group}");
        for (var i = 0; i < turns.Count; i++)
        {
            var (turn, burst) = (turns[i], record.Bursts[i]);
            var (from, to) = (burst.StartedAt.ToDateTimeOffset(), burst.EndedAt.ToDateTimeOffset());
            if (burst.Frames != turn.FramesReceivedByMcx)
            {
                throw new ExpectationFailedException($"Talk burst {i + 1} of {turn.Talker.Name} is recorded with {burst.Frames} frames; {turn.FramesReceivedByMcx} reached the MCX service.");
            }

            if (from < turn.PressedAt - ClockAllowance || to > turn.ReleasedAt + ClockAllowance || to < from || (i > 0 && from < record.Bursts[i - 1].StartedAt.ToDateTimeOffset()))
            {
                throw new ExpectationFailedException(
                    $"Talk burst {i + 1} of {turn.Talker.Name} is recorded from {from:HH:mm:ss.fff} to {to:HH:mm:ss.fff}; the talker pressed PTT at {turn.PressedAt:HH:mm:ss.fff} and had released by {turn.ReleasedAt:HH:mm:ss.fff} (allowing {ClockAllowance.TotalSeconds:0} s between the clocks), after the burst before it.");
            }

            if (burst.MediaSha256.Length != 64)
            {
                throw new ExpectationFailedException($"Talk burst {i + 1} of {turn.Talker.Name} has no SHA-256 digest of its voice ('{burst.MediaSha256}').");
            }
        }
    }

    /// <summary>The room's dispatcher exports the recording of the call on the group as evidence.</summary>
    public async Task ExportAsync(UserName dispatcher, GroupName group)
    {
        fleet.MarkAction();
        var callId = (await RecordAsync(group)).CallId;
        _evidence = await Rpc.CallAsync(() => _recorder.ExportCallRecordAsync(new ExportCallRecordRequest { McpttId = cast.Get(dispatcher).McpttId, CallId = callId }).ResponseAsync,
            $"export the recording of {callId} on {group} as {dispatcher}");
    }

    /// <summary>The same, keeping a refusal for a later check.</summary>
    public Task TryExportAsync(UserName dispatcher, GroupName group) => refusals.AttemptAsync(() => ExportAsync(dispatcher, group));

    /// <summary>The evidence holds the agency's recording of the group with the talkers' bursts, as the recorder holds it.</summary>
    public async Task ExpectEvidenceAsync(Agency agency, GroupName group, IReadOnlyList<UserName> talkers)
    {
        var evidence = Evidence();
        var record = evidence.Record;
        var held = (await ListAsync(group)).FirstOrDefault(r => r.CallId == record.CallId);
        if (record.GroupId != group.Value || record.Agency != Proto(agency))
        {
            throw new ExpectationFailedException($"The evidence is the recording of {record.GroupId} of {record.Agency}, not of {group} of {agency.Name()}.");
        }

        ExpectTalkers(record, talkers, $"The evidence {evidence.EvidenceId}");
        if (held is not null && !held.Bursts.Select(b => (b.StartedAt, b.EndedAt, b.Frames, b.MediaSha256)).SequenceEqual(record.Bursts.Select(b => (b.StartedAt, b.EndedAt, b.Frames, b.MediaSha256))))
        {
            throw new ExpectationFailedException($"The evidence's talk bursts (times, frames, digests) differ from the recording the recorder holds for {record.CallId}.");
        }
    }

    /// <summary>The evidence's content hash is the SHA-256 of its canonical text, recomputed here from the document.</summary>
    public void ExpectHashVerifies()
    {
        var evidence = Evidence();
        var recomputed = EvidenceDigest.Of(evidence.Record);
        if (evidence.ContentSha256 != recomputed)
        {
            throw new ExpectationFailedException(
                $"The evidence {evidence.EvidenceId} carries content hash '{evidence.ContentSha256}', but its content hashes to '{recomputed}': the hash does not protect what the document says.");
        }
    }

    /// <summary>The chain of custody: recorded by the recorder when the call started, then exported by the dispatcher, in time order.</summary>
    public void ExpectCustody(UserName exporter)
    {
        var evidence = Evidence();
        var chain = evidence.Custody;
        var id = cast.Get(exporter).McpttId;
        var ordered = chain.Zip(chain.Skip(1)).All(p => p.First.At.ToDateTimeOffset() <= p.Second.At.ToDateTimeOffset());
        if (chain.Count < 2 || chain[0].Action != "recorded" || chain[^1].Action != "exported" || chain[^1].By != id || evidence.ExportedBy != id || !ordered)
        {
            throw new ExpectationFailedException(
                $"The evidence's chain of custody is [{string.Join("; ", chain.Select(c => $"{c.Action} by {cast.Describe(c.By)} at {c.At}"))}]; expected it recorded first and exported last by {exporter}, in time order.");
        }
    }

    /// <summary>Sets how long the agency keeps recordings.</summary>
    public Task SetRetentionAsync(Agency agency, int years) =>
        Rpc.CallAsync(() => _recorder.SetRetentionPolicyAsync(new SetRetentionPolicyRequest { Policy = new RetentionPolicy { Agency = Proto(agency), Years = (uint)years } }).ResponseAsync,
            $"set {agency.Name()}'s retention to {years} years");

    /// <summary>Time passes for the recorder's retention.</summary>
    public Task PassAsync(int years, int days) =>
        Rpc.CallAsync(() => _recorder.PassRetentionTimeAsync(new PassRetentionTimeRequest { Years = (uint)years, Days = (uint)days }).ResponseAsync,
            $"let {years} years and {days} days pass for the recorder");

    /// <summary>The recording of the call on the group is still held, and the dispatcher exports it.</summary>
    public async Task ExpectStillExportableAsync(UserName dispatcher, GroupName group)
    {
        var callId = Turns(group)[^1].CallId;
        if (!(await ListAsync(group)).Any(r => r.CallId == callId))
        {
            throw new ExpectationFailedException($"The recorder no longer holds the recording of {callId} on {group}: it was deleted before its retention period ended.");
        }

        await ExportAsync(dispatcher, group);
    }

    /// <summary>The recording of the call on the group is gone: not listed, and its export refused as not found.</summary>
    public async Task ExpectGoneAsync(UserName dispatcher, GroupName group)
    {
        var callId = Turns(group)[^1].CallId;
        if ((await ListAsync(group)).Any(r => r.CallId == callId))
        {
            throw new ExpectationFailedException($"The recorder still holds the recording of {callId} on {group}, past its retention period.");
        }

        try
        {
            await Rpc.CallAsync(() => _recorder.ExportCallRecordAsync(new ExportCallRecordRequest { McpttId = cast.Get(dispatcher).McpttId, CallId = callId }).ResponseAsync,
                $"export the recording of {callId} on {group} as {dispatcher}");
        }
        catch (EsnRefusedException e) when (e.Status == nameof(Grpc.Core.StatusCode.NotFound))
        {
            return;
        }

        throw new ExpectationFailedException($"{dispatcher} could still export the recording of {callId} on {group}, past its retention period.");
    }

    private async Task<TalkTurn> TurnAsync(CastMember member, GroupName group)
    {
        var log = fleet.Log(member);
        var from = log.Count;
        var ptt = await Rpc.CallAsync(() => _devices.PressPttAsync(new PttRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync, $"press PTT for {member.Name} on {group}");
        fleet.RememberCall(ptt.CallId, group);
        await log.WaitAsync(e => e.FloorState is { ToState: FloorParticipantState.HasPermission }, from, session.Timeout, $"{member.Name} to hold the floor on {group}");
        var speaking = log.Count;
        var burst = await Rpc.CallAsync(() => _devices.SendVoiceBurstAsync(new VoiceBurstRequest
        {
            DeviceId = member.DeviceId, CallId = ptt.CallId, FrameCount = 5, FrameIntervalMs = 20, ReleaseAfter = true,
        }).ResponseAsync, $"speak for {member.Name} on {group}");
        var released = await log.WaitAsync(e => e.FloorState is { ToState: FloorParticipantState.HasNoPermission or FloorParticipantState.StartStop }, speaking, session.Timeout,
            $"{member.Name}'s release to complete on {group}");
        return new TalkTurn(member, ptt.CallId, ptt.At.ToDateTimeOffset(), released.ObservedAt.ToDateTimeOffset(), burst.FramesSent - burst.FramesDroppedUplink);
    }

    private async Task<TalkTurn> ScreenTurnAsync(CastMember member, GroupName group, List<TalkTurn> earlier)
    {
        var (pressedAt, releasedAt, frames) = await consoles.Web!.TalkTurnAsync(member, group);
        // The screen does not show call IDs: the turn is in the call the earlier turns were in, else the one the MCX has up on the group.
        var callId = earlier.Count > 0 ? earlier[^1].CallId
            : (await Rpc.CallAsync(() => _mcx.ListCallsAsync(new ListCallsRequest { GroupId = group.Value }).ResponseAsync, $"list the calls on {group}")).Calls.FirstOrDefault()?.CallId
            ?? throw new ExpectationFailedException($"{member.Name} talked on {group} at the console, but the MCX service has no call up on {group}.");
        return new TalkTurn(member, callId, pressedAt, releasedAt, (uint)frames);
    }

    private async Task<CallRecord> RecordAsync(GroupName group)
    {
        var records = await ListAsync(group);
        var callId = _turns.TryGetValue(group.Value, out var turns) && turns.Count > 0 ? turns[^1].CallId : null;
        return records.LastOrDefault(r => callId is null || r.CallId == callId)
            ?? throw new ExpectationFailedException($"The recorder holds no recording of {(callId is null ? "a call" : $"call {callId}")} on {group}.");
    }

    private async Task<IReadOnlyList<CallRecord>> ListAsync(GroupName group) =>
        (await Rpc.CallAsync(() => _recorder.ListCallRecordsAsync(new ListCallRecordsRequest { GroupId = group.Value }).ResponseAsync, $"list the recordings of {group}")).Records;

    private List<TalkTurn> Turns(GroupName group) =>
        _turns.TryGetValue(group.Value, out var turns) && turns.Count > 0 ? turns : throw new ArgumentException($"Nobody took turns talking on {group} in this scenario.");

    private EvidenceExport Evidence() => _evidence ?? throw new ArgumentException("No recording was exported in this scenario.");

    private void ExpectTalkers(CallRecord record, IReadOnlyList<UserName> talkers, string what)
    {
        var got = record.Bursts.Select(b => cast.Describe(b.TalkerMcpttId)).ToArray();
        var expected = talkers.Select(t => cast.Get(t).Name.ToString()).ToArray();
        if (!got.SequenceEqual(expected, StringComparer.OrdinalIgnoreCase))
        {
            throw new ExpectationFailedException($"{what} holds talk bursts of [{string.Join(", ", got)}]; expected [{string.Join(", ", expected)}] in that order.");
        }
    }

    private static ProtoAgency Proto(Agency agency) => Enum.Parse<ProtoAgency>(agency.ToString());
}
