namespace EsnHarness.Targets;

/// <summary>What the command line says about the profile; stronger than the environment, which is stronger than esn.json.</summary>
/// <param name="Profile">The profile name from <c>--profile</c>, or null.</param>
/// <param name="Endpoints">Role to URL (or <c>embedded</c>) from <c>--endpoint role=url</c>.</param>
public sealed record ProfileOverrides(string? Profile, IReadOnlyDictionary<string, string> Endpoints)
{
    /// <summary>No command-line overrides.</summary>
    public static ProfileOverrides None { get; } = new(null, new Dictionary<string, string>());
}
