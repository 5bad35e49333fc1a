using EsnHarness.Targets;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>Checks that the defects a run asks for exist and belong to roles the profile runs embedded.</summary>
internal static class ReferenceDefects
{
    /// <summary>The named defects.</summary>
    /// <exception cref="UsageException">An unknown name, or a defect of a role the profile points at an external system
    /// (a defect lives in the reference implementation: it cannot be switched on in an agency's system).</exception>
    public static IReadOnlyList<ReferenceDefect> Check(IReadOnlyList<string> names, ResolvedProfile profile)
    {
        var defects = DefectCatalogue.Require(names);
        var external = defects.Where(d => !Embedded(profile, d.Role))
            .Select(d => $"--defect {d.Name}: role {d.Role} is {Address(profile, d.Role)} in profile '{profile.Name}', not the reference implementation; a defect can only be switched on in an embedded role")
            .ToList();
        return external.Count > 0 ? throw new UsageException(external) : defects;
    }

    /// <summary>True when the profile runs <paramref name="role"/>'s reference implementation in this process.</summary>
    public static bool Embedded(ResolvedProfile profile, string role) =>
        EsnRoles.Parse(role) is not { } parsed || !profile.Endpoints.TryGetValue(parsed, out var endpoint) || endpoint.Embedded;

    private static string Address(ResolvedProfile profile, string role) =>
        EsnRoles.Parse(role) is { } parsed && profile.Endpoints.TryGetValue(parsed, out var endpoint) ? endpoint.Address?.ToString() ?? "embedded" : "unknown";
}
