using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl.OffNetwork;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>One off-network call as this terminal knows it (group or private), with its floor participant.</summary>
internal sealed class DirectModeCall(string callId, string groupId, string peer, CallType type, string originator, DateTimeOffset startedAt)
{
    private readonly HashSet<string> _heard = new(StringComparer.Ordinal);
    private int _burst;

    public string CallId => callId;

    /// <summary>The group of a group call; empty for a private call.</summary>
    public string GroupId => groupId;

    /// <summary>The other party of a private call; empty for a group call.</summary>
    public string Peer => peer;

    public bool IsPrivate => groupId.Length == 0;

    /// <summary>The call type, upgraded when someone starts an emergency in it.</summary>
    public CallType Type { get; set; } = type;

    public string Originator => originator;

    public DateTimeOffset StartedAt => startedAt;

    /// <summary>The floor participant, once the call is established here.</summary>
    public OffNetworkFloorParticipant? Participant { get; set; }

    /// <summary>Why the call ends for this terminal when its participant stops (a hang-up sets it first; else T230).</summary>
    public CallCause EndCause { get; set; } = CallCause.HangTimerExpired;

    public int NextBurst() => Interlocked.Increment(ref _burst);

    /// <summary>Notes a user heard talking in the call (the participants a terminal off-network can know of).</summary>
    public void Heard(string mcpttId)
    {
        lock (_heard)
        {
            _heard.Add(mcpttId);
        }
    }

    public CallInfo Info(string self, CallState state = CallState.Active)
    {
        var info = new CallInfo
        {
            CallId = callId,
            CallType = Type,
            GroupId = groupId,
            InitiatorMcpttId = originator,
            State = state,
            TalkerMcpttId = Participant?.Talker ?? "",
            StartedAt = Timestamp.FromDateTimeOffset(startedAt),
            Emergency = Type is CallType.EmergencyGroup or CallType.EmergencyPrivate,
            ImminentPeril = Type == CallType.ImminentPerilGroup,
            OffNetwork = true,
            EndCause = state == CallState.Ended ? EndCause : CallCause.Unspecified,
            Commencement = IsPrivate ? CommencementMode.Manual : CommencementMode.Unspecified,
        };
        lock (_heard)
        {
            info.Participants.AddRange(_heard.Append(self).Append(originator).Append(peer).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        }

        return info;
    }
}
