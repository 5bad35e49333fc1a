using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Steps.Internal;

/// <summary>Reasons a requirement owner writes for a refused call, mapped to the MCPTT call causes.</summary>
internal static class CallReasons
{
    public static CallCause Parse(string reason) => reason.Trim().ToLowerInvariant() switch
    {
        "group full" => CallCause.MaxParticipantsReached,
        "not affiliated" => CallCause.NotAffiliated,
        "emergency not allowed" => CallCause.EmergencyNotAllowed,
        "not reachable" => CallCause.UserNotReachable,
        "declined" => CallCause.RejectedByUser,
        _ => throw new ArgumentException($"Unknown call refusal reason '{reason}'; use: group full, not affiliated, emergency not allowed, not reachable, declined."),
    };
}
