using System.Collections.Immutable;
using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Internal.Mcx.Floor;

/// <summary>
/// The floor of one active call: its TS 24.380 arbitrator, who is in it (for the media relay), who may request at an
/// elevated level, and the floor priorities the group document gives its members. The membership is an immutable
/// snapshot replaced on every change, so the media relay reads it without a lock; changes come only from the call
/// layer, under its lock (one writer). A late entrant is published after the arbitrator has told it the floor state, so
/// its first voice frame always follows its Floor Taken.
/// </summary>
internal sealed class CallFloor(string callId, FloorArbitrator arbitrator, CallFloorOutput output, IReadOnlyDictionary<string, uint> memberPriorities)
{
    private ImmutableSortedSet<string> _members = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
    private FloorRights _rights = FloorRights.None;

    public string CallId => callId;

    public FloorArbitrator Arbitrator => arbitrator;

    /// <summary>Where the call's floor messages go (also the service's own answers, e.g. a Deny for the N7 limit).</summary>
    public CallFloorOutput Output => output;

    /// <summary>Floor priority per member from the group document (TS 24.481 user-priority); empty for private calls.</summary>
    public IReadOnlyDictionary<string, uint> MemberPriorities => memberPriorities;

    /// <summary>The initiator of a broadcast group call (who alone may talk, TS 24.379 §10.1.3); null for other calls.</summary>
    public string? BroadcastInitiator { get; init; }

    /// <summary>The called party of a private call; null for other calls.</summary>
    public string? PrivateCallee { get; init; }

    public FloorRights Rights
    {
        get => Volatile.Read(ref _rights);
        set => Volatile.Write(ref _rights, value);
    }

    /// <summary>The participants now, ordered by MCPTT ID.</summary>
    public ImmutableSortedSet<string> Members => Volatile.Read(ref _members);

    public bool Has(string mcpttId) => Members.Contains(mcpttId);

    public void Start(IEnumerable<string> participants)
    {
        var members = participants.ToImmutableSortedSet(StringComparer.Ordinal);
        arbitrator.Start(members);
        Volatile.Write(ref _members, members);
    }

    /// <summary>Late entry: the arbitrator adds the participant and tells it the floor state; then it receives media.</summary>
    public void Join(string mcpttId)
    {
        arbitrator.Join(mcpttId);
        Volatile.Write(ref _members, Members.Add(mcpttId));
    }

    public void Leave(string mcpttId)
    {
        Volatile.Write(ref _members, Members.Remove(mcpttId));
        arbitrator.Leave(mcpttId);
    }

    public void Stop() => arbitrator.Stop();
}
