using System.Collections.Immutable;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Mcx.Floor;
using Google.Protobuf.WellKnownTypes;
using FloorPriorityLevel = EsnHarness.Simulators.FloorControl.FloorPriorityLevel;

namespace EsnHarness.Simulators.Internal.Mcx.Calls;

/// <summary>One call: its parties, state and timers, and its floor once active. Guarded by the call layer's lock.</summary>
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

    /// <summary>First-to-answer call still ringing: who is offered it and has not answered (TS 23.379 §10.15).</summary>
    public SortedSet<string> Candidates { get; } = new(StringComparer.Ordinal);

    /// <summary>The initiator's functional alias in use at set-up; empty for none.</summary>
    public string InitiatorAlias { get; init; } = "";

    /// <summary>The functional alias a private or first-to-answer call was addressed to; empty when addressed by MCPTT ID.</summary>
    public string TargetAlias { get; init; } = "";

    /// <summary>The call's floor, from the moment it is active.</summary>
    public CallFloor? Floor { get; set; }

    public ITimer? DurationTimer { get; set; }

    /// <summary>Manual-commencement private call: ends the ringing with CALL_CAUSE_NO_ANSWER.</summary>
    public ITimer? NoAnswerTimer { get; set; }

    public bool IsGroup => GroupId.Length > 0;

    /// <summary>A call on a regroup group: the regrouped groups it stands for.</summary>
    public IReadOnlyList<string> RegroupedGroupIds { get; init; } = [];

    /// <summary>The radio network's session for the call's mission-critical resources; empty when none was asked for.</summary>
    public string ResourceSession { get; set; } = "";

    /// <summary>Who may request the floor above the normal level now, and at which level.</summary>
    public FloorRights Rights()
    {
        var level = Emergency ? FloorPriorityLevel.Emergency : ImminentPeril ? FloorPriorityLevel.ImminentPeril : FloorPriorityLevel.Normal;
        var users = Emergency ? EmergencyUsers.ToImmutableHashSet(StringComparer.Ordinal) : ImmutableHashSet.Create<string>(StringComparer.Ordinal);
        return new FloorRights(level, EmergencyUser.Length > 0 ? users.Add(EmergencyUser) : users);
    }

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
            InitiatorFunctionalAlias = InitiatorAlias,
            TargetFunctionalAlias = TargetAlias,
        };
        info.Participants.AddRange(Participants);
        info.Candidates.AddRange(Candidates);
        info.RegroupedGroupIds.AddRange(RegroupedGroupIds);
        if (Floor?.Arbitrator is { } arbitrator && State == CallState.Active)
        {
            info.FloorState = FloorStates.Of(arbitrator.State);
            info.TalkerMcpttId = arbitrator.Talker ?? "";
            info.FloorQueue.AddRange(arbitrator.QueueSnapshot);
        }

        return info;
    }
}
