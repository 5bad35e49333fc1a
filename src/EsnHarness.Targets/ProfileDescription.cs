using System.Text;

namespace EsnHarness.Targets;

/// <summary>Describes a resolved profile for people (<c>esn profile show</c>, run metadata): addresses and file paths, never secret values.</summary>
public static class ProfileDescription
{
    /// <summary>A multi-line description of <paramref name="profile"/>.</summary>
    public static string Describe(ResolvedProfile profile)
    {
        var text = new StringBuilder();
        text.Append("profile ").Append(profile.Name);
        if (profile.Description is not null)
        {
            text.Append(": ").Append(profile.Description);
        }

        text.AppendLine();
        if (profile.Listen != EmbeddedListen.Default)
        {
            text.Append("  embedded simulators listen on ").Append(profile.Listen).AppendLine();
        }

        foreach (var endpoint in profile.Endpoints.Values)
        {
            text.Append("  ").Append(endpoint.Role.Name().PadRight(13)).Append(endpoint.Embedded ? Embedded(endpoint.Role) : endpoint.Address!.ToString());
            text.Append("  (").Append(endpoint.Source).AppendLine(")");
            AppendTls(text, endpoint.Tls);
            AppendCredentials(text, endpoint.Credentials);
            if (endpoint.WebConsole is { } web)
            {
                text.Append("    ").Append(web).Append(" (").Append(web.Source).AppendLine(")");
            }
        }

        return text.ToString();
    }

    /// <summary>One line per role, <c>role=address</c>, for run metadata in reports.</summary>
    public static IReadOnlyDictionary<string, string> Targets(ResolvedProfile profile) =>
        profile.Endpoints.Values.ToDictionary(
            endpoint => endpoint.Role.Name(),
            endpoint => (endpoint.Embedded ? "embedded" : endpoint.Address!.ToString()) + (endpoint.WebConsole is { } web ? $" + {web}" : ""));

    private static string Embedded(EsnRole role) =>
        role.IsGrpc() ? "embedded reference simulator" : "embedded WireMock.Net stub";

    private static void AppendTls(StringBuilder text, EndpointTls? tls)
    {
        if (tls is null)
        {
            return;
        }

        text.Append("    tls: ").Append(tls.Mutual ? "mutual" : "server only");
        Field(text, "ca", tls.CaBundle);
        Field(text, "cert", tls.ClientCertificate);
        Field(text, "key", tls.ClientKey);
        Field(text, "key passphrase", tls.ClientKeyPassphrase is null ? null : $"*** ({tls.ClientKeyPassphrase.Origin})");
        text.AppendLine();
    }

    private static void AppendCredentials(StringBuilder text, EndpointCredentials? credentials)
    {
        if (credentials is null)
        {
            return;
        }

        text.Append("    credentials:");
        Field(text, "user", credentials.Username);
        Field(text, "password", credentials.Password is null ? null : $"*** ({credentials.Password.Origin})");
        Field(text, "token", credentials.Token is null ? null : $"*** ({credentials.Token.Origin})");
        text.AppendLine();
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.Append(' ').Append(name).Append('=').Append(value);
        }
    }
}
