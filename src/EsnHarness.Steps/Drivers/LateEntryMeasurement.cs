using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;
using Grpc.Core;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: KPI4 late call entry (TS 22.179 R-6.15.4.2-004/005). A member leaves and re-joins a group whose call
/// is running, many times; each attempt is timed from the affiliation request to the moment the member can follow the
/// call: told who talks (the first Floor Taken naming the talker) and hearing them (play-out of the talker's first frame
/// begins), whichever is later; on a group with application-layer encryption also holding the group key from the KMS,
/// fetched as the member affiliates (each attempt afresh, as for a member joining the group for the first time).
/// </summary>
public sealed class LateEntryMeasurement(TerminalFleet fleet, Calls calls, GroupKeys keys, Cast cast, KpiRecorder kpi, EsnSession session)
{
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));

    /// <summary>Measures <paramref name="times"/> late entries of <paramref name="name"/> into the call on <paramref name="group"/>.</summary>
    /// <exception cref="ExpectationFailedException">Nobody talks on the group, an attempt never got that far, or the KMS refused the key.</exception>
    public async Task MeasureAsync(UserName name, GroupName group, int times)
    {
        var joiner = cast.Get(name);
        var talker = await TalkerAsync(group);
        var encrypted = keys.Protects(group);
        var parts = new LateEntryParts(encrypted);
        using var talking = new CancellationTokenSource();
        var speech = _devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = talker.DeviceId, FrameCount = 10_000, FrameIntervalMs = 20 }, cancellationToken: talking.Token).ResponseAsync;
        try
        {
            for (var i = 1; i <= times; i++)
            {
                var sample = await OneAsync(joiner, talker, group, encrypted, $"attempt {i}");
                parts.Add(sample);
                kpi.Record(Metric.LateEntry, sample.Total);
            }
        }
        finally
        {
            await talking.CancelAsync();
            try
            {
                await speech;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled)
            {
                // The talker stops speaking with the measurement.
            }
        }

        kpi.Explain(Metric.LateEntry, parts.Note());
    }

    private async Task<LateEntrySample> OneAsync(CastMember joiner, CastMember talker, GroupName group, bool encrypted, string attempt)
    {
        await fleet.DeaffiliateAsync(joiner.Name, group);
        var log = fleet.Log(joiner);
        var from = log.Count;
        var clock = session.Target.Clock;
        var asked = clock.GetUtcNow();
        var key = encrypted ? KeyAsync(joiner, group) : Task.FromResult(asked);
        await fleet.AffiliateAsync(joiner.Name, group);
        var connected = await log.WaitAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.GroupId == group.Value, from, session.Timeout,
            $"{joiner.Name} to enter the ongoing call on {group} ({attempt})");
        var callId = connected.Call.Call.CallId;
        var taken = await log.WaitAsync(e => e.Floor is { Kind: FloorEventKind.Taken } f && f.CallId == callId && f.TalkerMcpttId == talker.McpttId, from, session.Timeout,
            $"{joiner.Name} to be told {talker.Name} is talking on {group} ({attempt})");
        var heard = await log.WaitAsync(e => e.Media is { PlayedAt: not null } m && m.Packet.CallId == callId && m.Packet.SenderMcpttId == talker.McpttId, from, session.Timeout,
            $"{joiner.Name} to hear {talker.Name} on {group} ({attempt})");
        var keyed = await key;
        return new LateEntrySample(
            Since(asked, connected.ObservedAt.ToDateTimeOffset()),
            Since(asked, taken.ObservedAt.ToDateTimeOffset()),
            Since(asked, heard.Media.PlayedAt.ToDateTimeOffset()),
            Since(asked, keyed));
    }

    /// <summary>The group key from the KMS as the joining member's key management client asks for it; when it came.</summary>
    private async Task<DateTimeOffset> KeyAsync(CastMember member, GroupName group)
    {
        var result = await keys.RequestAsync(member, group);
        return result.Provisioned
            ? session.Target.Clock.GetUtcNow()
            : throw new ExpectationFailedException($"The KMS gave {member.Name} no key for {group} as they joined it: {result}. Without it no audio of the encrypted call can be played.");
    }

    private async Task<CastMember> TalkerAsync(GroupName group)
    {
        var id = (await calls.ActiveCallAsync(group))?.TalkerMcpttId;
        return cast.Members.FirstOrDefault(m => m.McpttId == id && m.Kind != MemberKind.AirwaveRadio)
            ?? throw new ExpectationFailedException($"Nobody on an ESN terminal is talking on {group}: late entry is measured into a call with a talker (add e.g. 'Given \"...\" is talking on {group}').");
    }

    private static double Since(DateTimeOffset from, DateTimeOffset to) => (to - from).TotalMilliseconds;
}
