using System.Collections;
using EsnHarness.Targets.Internal;

namespace EsnHarness.Targets;

/// <summary>
/// Resolves the profile to run: esn.json, then the environment (<c>ESN_PROFILE</c>, <c>ESN_&lt;ROLE&gt;_URL</c>, ...),
/// then the command line, in that order of strength. Problems are collected, one line each, and thrown together.
/// </summary>
public static class ProfileResolver
{
    /// <summary>Reads the process environment.</summary>
    public static IReadOnlyDictionary<string, string> ProcessEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        return variables;
    }

    /// <summary>Resolves the profile; throws <see cref="ProfileException"/> naming every problem found without touching the network.</summary>
    public static ResolvedProfile Resolve(HarnessSettings settings, IReadOnlyDictionary<string, string> environment, ProfileOverrides overrides)
    {
        var problems = new List<string>();
        var name = overrides.Profile ?? Value(environment, "ESN_PROFILE") ?? settings.DefaultProfile;
        if (!settings.Profiles.TryGetValue(name, out var definition))
        {
            throw new ProfileException([$"profile '{name}' is not defined in {HarnessSettings.FileName} (defined: {string.Join(", ", settings.Profiles.Keys)})"]);
        }

        var commandLine = CanonicalOverrides(overrides, problems);
        problems.AddRange(UnknownRoleVariables(environment));
        var endpoints = new Dictionary<EsnRole, ResolvedEndpoint>();
        var roleResolver = new RoleResolver(settings, environment, problems);
        foreach (var role in EsnRoles.All)
        {
            endpoints[role] = roleResolver.Resolve(role, definition.Roles.GetValueOrDefault(role), commandLine.GetValueOrDefault(role));
        }

        return problems.Count == 0
            ? new ResolvedProfile(name, definition.Description, endpoints) { Listen = definition.Listen ?? EmbeddedListen.Default, Workers = definition.Workers }
            : throw new ProfileException(problems.Select(problem => $"profile '{name}': {problem}").ToList());
    }

    private static Dictionary<EsnRole, string> CanonicalOverrides(ProfileOverrides overrides, List<string> problems)
    {
        var result = new Dictionary<EsnRole, string>();
        foreach (var (role, url) in overrides.Endpoints)
        {
            if (EsnRoles.Parse(role) is { } known)
            {
                result[known] = url;
            }
            else
            {
                problems.Add($"--endpoint {role}={url}: unknown role (known: {EsnRoles.Known})");
            }
        }

        return result;
    }

    private static IEnumerable<string> UnknownRoleVariables(IReadOnlyDictionary<string, string> environment)
    {
        foreach (var key in environment.Keys.Where(key => key.StartsWith("ESN_", StringComparison.Ordinal) && key.EndsWith("_URL", StringComparison.Ordinal)))
        {
            var role = key["ESN_".Length..^"_URL".Length];
            if (EsnRoles.Parse(role) is null)
            {
                yield return $"environment variable {key}: unknown role '{role.ToLowerInvariant()}' (known: {EsnRoles.Known})";
            }
        }
    }

    internal static string? Value(IReadOnlyDictionary<string, string> environment, string key) =>
        environment.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
