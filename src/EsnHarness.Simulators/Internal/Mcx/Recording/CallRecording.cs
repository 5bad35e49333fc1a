using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Mcx.Recording;

/// <summary>The record of one call while the recorder holds it: its talk bursts, its end, and its chain of custody.
/// Guarded by the recorder's lock.</summary>
internal sealed class CallRecording(string callId, string groupId, Agency agency, CallType type, DateTimeOffset startedAt) : IDisposable
{
    private readonly List<BurstRecording> _bursts = [];
    private readonly List<CustodyEntry> _custody = [new() { Action = "recorded", By = McxRecorder.RecorderId, At = Timestamp.FromDateTimeOffset(startedAt) }];

    public string CallId => callId;

    public string GroupId => groupId;

    public Agency Agency => agency;

    public DateTimeOffset StartedAt => startedAt;

    public DateTimeOffset? EndedAt { get; private set; }

    public IReadOnlyList<CustodyEntry> Custody => _custody;

    public void Frame(string talker, string functionalAlias, MediaPacket frame, DateTimeOffset receivedAt)
    {
        if (EndedAt is not null)
        {
            return;
        }

        var burst = _bursts.FirstOrDefault(b => b.Talker == talker && b.BurstId == frame.BurstId);
        if (burst is null)
        {
            burst = new BurstRecording(talker, functionalAlias, frame.BurstId, receivedAt);
            _bursts.Add(burst);
        }

        burst.Add(frame, receivedAt);
    }

    public void End(DateTimeOffset at)
    {
        EndedAt ??= at;
        foreach (var burst in _bursts)
        {
            burst.Seal();
        }
    }

    public void Exported(string by, DateTimeOffset at) => _custody.Add(new CustodyEntry { Action = "exported", By = by, At = Timestamp.FromDateTimeOffset(at) });

    /// <summary>The record as the contract shows it; <paramref name="retainUntil"/> is absent while the call is in progress.</summary>
    public CallRecord ToRecord(DateTimeOffset? retainUntil)
    {
        var record = new CallRecord
        {
            CallId = callId,
            GroupId = groupId,
            Agency = agency,
            CallType = type,
            StartedAt = Timestamp.FromDateTimeOffset(startedAt),
            EndedAt = EndedAt is { } ended ? Timestamp.FromDateTimeOffset(ended) : null,
            RetainUntil = retainUntil is { } until ? Timestamp.FromDateTimeOffset(until) : null,
        };
        record.Bursts.AddRange(_bursts.Select(b => b.ToRecord()));
        return record;
    }

    public void Dispose()
    {
        foreach (var burst in _bursts)
        {
            burst.Dispose();
        }
    }
}
