using EsnHarness.Steps.Drivers;

namespace EsnHarness.Steps.Internal;

/// <summary>Matches a requirement's plain refusal reason against what ESN said (status code and reason text).</summary>
internal static class Reasons
{
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["not authorised"] = ["PermissionDenied", "not authori", "not allowed", "may not"],
        ["not a member"] = ["PermissionDenied", "not a member"],
        ["emergency not allowed"] = ["PermissionDenied", "emergency"],
        ["too large"] = ["InvalidArgument", "size", "large"],
        ["revoked"] = ["revoked", "Unauthenticated", "PermissionDenied"],
        ["invalid token"] = ["Unauthenticated", "token"],
        ["not affiliated"] = ["FailedPrecondition", "not affiliated"],
        ["held by another user"] = ["FailedPrecondition", "is held by"],
        ["no radio resources"] = ["ResourceExhausted", "radio resources", "NO_RADIO_RESOURCES"],
    };

    /// <remarks>A refusal read from a console's screen has words but no protocol status (<see cref="EsnRefusedException.Status"/> empty):
    /// then the words alone must say it.</remarks>
    public static bool Matches(EsnRefusedException refusal, string reason)
    {
        var text = $"{refusal.Status} {refusal.Reason}";
        return text.Contains(reason, StringComparison.OrdinalIgnoreCase)
            || (Synonyms.TryGetValue(reason, out var words)
                && (refusal.Status.Length == 0 || text.Contains(words[0], StringComparison.OrdinalIgnoreCase))
                && words.Skip(1).Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }
}
