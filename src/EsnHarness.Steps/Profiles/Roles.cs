namespace EsnHarness.Steps.Profiles;

/// <summary>The roles a profile maps to the embedded reference simulator or to an external system.</summary>
public static class Roles
{
    public const string Mcx = "mcx";
    public const string Network = "network";
    public const string Device = "device";
    public const string Interworking = "interworking";
    public const string ControlRoom = "controlRoom";
    public const string CadGateway = "cadGateway";
    public const string Cad = "cad";
    public const string Idms = "idms";
    public const string Gms = "gms";
    public const string Cms = "cms";
    public const string Kms = "kms";
    public const string Avl = "avl";

    /// <summary>Every role, in the order reports print them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Mcx, Network, Device, Interworking, ControlRoom, CadGateway, Cad, Idms, Gms, Cms, Kms, Avl];

    /// <summary>Roles served by the gRPC simulator host; the others by the HTTP stub host.</summary>
    public static IReadOnlySet<string> Grpc { get; } = new HashSet<string>(StringComparer.Ordinal) { Mcx, Network, Device, Interworking, ControlRoom, CadGateway };

    /// <summary>The canonical name of <paramref name="name"/> (case-insensitive, dashes and underscores ignored), or null if unknown.</summary>
    public static string? Canonical(string name)
    {
        var folded = name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return All.FirstOrDefault(role => string.Equals(role, folded, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The environment variable prefix of a role, e.g. <c>ESN_CONTROLROOM_</c>.</summary>
    public static string EnvironmentPrefix(string role) => "ESN_" + role.ToUpperInvariant() + "_";
}
