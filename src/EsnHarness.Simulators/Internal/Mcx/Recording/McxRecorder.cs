using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Calls;
using EsnHarness.Simulators.Internal.Mcx.ControlRoom;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Mcx.Recording;

/// <summary>
/// The namespace's voice recorder (see recording.proto): every call from activation to end, each talk burst the floor
/// relays, evidential export with a content hash and chain of custody, and deletion at the end of the service's retention
/// period. A leaf: its lock is taken under the call layer's (activation, end) or the floor's relay, and it reads only the
/// registry (lock-free lookups) before taking it.
/// </summary>
internal sealed class McxRecorder(McxRegistry registry, WorldScope scope) : IDisposable
{
    /// <summary>Who the custody chain says recorded a call.</summary>
    public const string RecorderId = "mcx-recorder";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, CallRecording> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _deleted = new(StringComparer.Ordinal);
    private readonly RetentionPolicies _retention = new(scope.Time, scope.Defects);
    private long _evidence;

    /// <summary>A call became active: its record opens (the group's agency, or the initiator's for a private call).</summary>
    public void Open(McxCall call, GroupConfig? group)
    {
        var agency = group?.Agency ?? registry.Find(call.Initiator)?.Profile.Identity.Agency ?? Agency.Unspecified;
        lock (_gate)
        {
            _records.TryAdd(call.CallId, new CallRecording(call.CallId, call.GroupId, agency, call.Type, call.StartedAt.ToDateTimeOffset()));
        }
    }

    /// <summary>A frame the floor relayed from the talker.</summary>
    public void Frame(string callId, McxUser talker, MediaPacket frame, DateTimeOffset receivedAt)
    {
        if (talker.IsDispatcher && scope.Defects.Has(ControlRoomDefects.RecordingMissesDispatchers))
        {
            return;
        }

        lock (_gate)
        {
            _records.GetValueOrDefault(callId)?.Frame(talker.McpttId, talker.Profile.Identity.FunctionalAlias, frame, receivedAt);
        }
    }

    public void Close(string callId)
    {
        lock (_gate)
        {
            _records.GetValueOrDefault(callId)?.End(scope.Time.GetUtcNow());
        }
    }

    public IReadOnlyList<CallRecord> List(string groupId)
    {
        lock (_gate)
        {
            Sweep();
            return [.. _records.Values.Where(r => groupId.Length == 0 || r.GroupId == groupId)
                .OrderBy(r => r.StartedAt).ThenBy(r => r.CallId, StringComparer.Ordinal).Select(ToRecord)];
        }
    }

    public EvidenceExport Export(ExportCallRecordRequest request)
    {
        var requester = registry.Require(request.McpttId, "mcptt_id");
        McxIds.Require(request.CallId, "call_id");
        if (!requester.Profile.AllowRemoteAffiliation)
        {
            throw Errors.Denied($"mcptt_id '{requester.McpttId}' may not export recordings: only a dispatcher (profile allow_remote_affiliation) may");
        }

        lock (_gate)
        {
            Sweep();
            if (!_records.TryGetValue(request.CallId, out var recording))
            {
                throw Errors.NotFound(_deleted.TryGetValue(request.CallId, out var why) ? why : $"call_id '{request.CallId}' has no recording in namespace '{scope.Namespace}'");
            }

            ServiceSeparation.Require(scope, requester, recording.Agency, recording.GroupId.Length > 0 ? $"group '{recording.GroupId}'" : $"call '{recording.CallId}'", "export the recording of");
            var now = scope.Time.GetUtcNow();
            recording.Exported(requester.McpttId, now);
            var record = ToRecord(recording);
            var export = new EvidenceExport
            {
                EvidenceId = $"evidence-{++_evidence}",
                Record = record,
                ContentSha256 = EvidenceText.Sha256(record, headerOnly: scope.Defects.Has(ControlRoomDefects.EvidenceHashPartial)),
                ExportedBy = requester.McpttId,
                ExportedAt = Timestamp.FromDateTimeOffset(now),
            };
            export.Custody.AddRange(recording.Custody.Select(c => c.Clone()));
            return export;
        }
    }

    public RetentionPolicy SetRetention(RetentionPolicy? policy)
    {
        lock (_gate)
        {
            return _retention.Set(policy);
        }
    }

    public IReadOnlyList<RetentionPolicy> Retention()
    {
        lock (_gate)
        {
            return [.. _retention.All];
        }
    }

    /// <summary>Time passes for retention; the sweep deletes what has expired.</summary>
    public PassRetentionTimeResponse PassTime(uint years, uint days)
    {
        lock (_gate)
        {
            var clock = _retention.Pass(years, days);
            var response = new PassRetentionTimeResponse { RetentionClock = Timestamp.FromDateTimeOffset(clock) };
            response.DeletedCallIds.AddRange(Sweep().Order(StringComparer.Ordinal));
            return response;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var recording in _records.Values)
            {
                recording.Dispose();
            }

            _records.Clear();
        }
    }

    /// <summary>Under the lock: deletes every ended record whose retention period is over; returns their call IDs.</summary>
    private List<string> Sweep()
    {
        var expired = _records.Values
            .Where(r => r.EndedAt is { } ended && _retention.Expired(_retention.RetainUntil(r.Agency, ended)))
            .ToList();
        foreach (var recording in expired)
        {
            var until = _retention.RetainUntil(recording.Agency, recording.EndedAt!.Value);
            _deleted[recording.CallId] =
                $"the recording of call '{recording.CallId}' was deleted: its retention period ended on {until:yyyy-MM-dd} (recorder clock {_retention.Now:yyyy-MM-dd})";
            _records.Remove(recording.CallId);
            recording.Dispose();
        }

        return [.. expired.Select(r => r.CallId)];
    }

    private CallRecord ToRecord(CallRecording recording) =>
        recording.ToRecord(recording.EndedAt is { } ended ? _retention.RetainUntil(recording.Agency, ended) : null);
}
