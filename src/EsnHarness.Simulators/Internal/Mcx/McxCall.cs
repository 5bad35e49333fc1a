using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>One call: its parties and its floor arbitrator. Guarded by the world's lock.</summary>
internal sealed class McxCall
{
    public required string CallId { get; init; }

    public required CallType Type { get; set; }

    public string GroupId { get; init; } = "";

    public required string Initiator { get; init; }

    public string Target { get; init; } = "";

    public CommencementMode Commencement { get; init; }

    public required Timestamp StartedAt { get; init; }

    public SortedSet<string> Participants { get; } = new(StringComparer.Ordinal);

    public CallState State { get; set; } = CallState.Active;

    public CallCause EndCause { get; set; }

    public bool Emergency { get; set; }

    public bool ImminentPeril { get; set; }

    public string EmergencyUser { get; set; } = "";

    /// <summary>Every participant who pressed the emergency button in this call (TS 24.379: each keeps emergency floor priority).</summary>
    public HashSet<string> EmergencyUsers { get; } = new(StringComparer.Ordinal);

    public int MaxParticipants { get; init; }

    public FloorArbitrator? Arbitrator { get; set; }

    public ITimer? DurationTimer { get; set; }

    /// <summary>Manual-commencement private call: ends the ringing with CALL_CAUSE_NO_ANSWER.</summary>
    public ITimer? NoAnswerTimer { get; set; }

    public bool IsGroup => GroupId.Length > 0;

    public CallInfo ToInfo()
    {
        var info = new CallInfo
        {
            CallId = CallId,
            CallType = Type,
            GroupId = GroupId,
            InitiatorMcpttId = Initiator,
            State = State,
            Commencement = Commencement,
            StartedAt = StartedAt,
            EndCause = EndCause,
            Emergency = Emergency,
            ImminentPeril = ImminentPeril,
        };
        info.Participants.AddRange(Participants);
        if (Arbitrator is { } arbitrator && State == CallState.Active)
        {
            info.FloorState = FloorStates.Of(arbitrator.State);
            info.TalkerMcpttId = arbitrator.Talker ?? "";
            info.FloorQueue.AddRange(arbitrator.QueueSnapshot);
        }

        return info;
    }
}
