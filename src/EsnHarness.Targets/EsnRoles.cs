namespace EsnHarness.Targets;

/// <summary>
/// What each <see cref="EsnRole"/> is called in esn.json, the environment and reports (<c>mcx</c>, <c>controlRoom</c>),
/// and how the harness reaches it. The enum is the one list of roles; everything else reads it from here.
/// </summary>
public static class EsnRoles
{
    /// <summary>Every role, in the order reports print them.</summary>
    public static IReadOnlyList<EsnRole> All { get; } = Enum.GetValues<EsnRole>();

    /// <summary>Every role's profile name, in the order reports print them, e.g. for "known: ..." in an error.</summary>
    public static string Known => string.Join(", ", All.Select(Name));

    /// <summary>The profile name of <paramref name="role"/>: its enum name in camel case, e.g. <c>controlRoom</c>.</summary>
    public static string Name(this EsnRole role)
    {
        var name = role.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>True for the roles spoken to over gRPC (esn.*.v1 contracts, the reference simulator host when embedded);
    /// false for the HTTP roles (the WireMock.Net stubs when embedded).</summary>
    public static bool IsGrpc(this EsnRole role) =>
        role is EsnRole.Mcx or EsnRole.Network or EsnRole.Device or EsnRole.Interworking or EsnRole.ControlRoom or EsnRole.CadGateway or EsnRole.Mdm;

    /// <summary>The role called <paramref name="name"/> (case-insensitive, dashes and underscores ignored), or null if none is.</summary>
    public static EsnRole? Parse(string name)
    {
        var folded = name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        foreach (var role in All)
        {
            if (string.Equals(role.ToString(), folded, StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>The environment variable prefix of a role, e.g. <c>ESN_CONTROLROOM_</c>.</summary>
    public static string EnvironmentPrefix(this EsnRole role) => "ESN_" + role.ToString().ToUpperInvariant() + "_";
}
