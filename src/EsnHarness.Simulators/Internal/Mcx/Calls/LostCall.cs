using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Simulators.Internal.Mcx.Calls;

/// <summary>A call that was in progress on a core that failed: what a standby's replicated session list holds of it,
/// including the radio resources the network still holds for it (empty when none were asked for).</summary>
internal sealed record LostCall(
    string CallId,
    CallType Type,
    string GroupId,
    string Initiator,
    bool Emergency,
    bool ImminentPeril,
    string EmergencyUser,
    IReadOnlyList<string> EmergencyUsers,
    IReadOnlyList<string> Participants,
    string ResourceSession)
{
    public bool IsGroup => GroupId.Length > 0;

    public static LostCall Of(McxCall call) => new(call.CallId, call.Type, call.GroupId, call.Initiator, call.Emergency, call.ImminentPeril,
        call.EmergencyUser, [.. call.EmergencyUsers], [.. call.Participants, .. call.Target.Length > 0 && !call.Participants.Contains(call.Target) ? [call.Target] : Array.Empty<string>()],
        call.ResourceSession);
}
