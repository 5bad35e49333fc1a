using System.Text;
using EsnHarness.Targets;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// A profile that does not resolve, as esn.json, the environment and the command line give it (addresses, file paths and
/// where each secret comes from, never a secret value), so <c>esn profile show</c> shows the profile before its problems.
/// </summary>
internal static class ProfileAsWritten
{
    /// <summary>The description, or null when the profile is not defined at all.</summary>
    public static string? Describe(HarnessSettings settings, IReadOnlyDictionary<string, string> environment, ProfileOverrides overrides)
    {
        var name = overrides.Profile ?? Value(environment, "ESN_PROFILE") ?? settings.DefaultProfile;
        if (!settings.Profiles.TryGetValue(name, out var definition))
        {
            return null;
        }

        var text = new StringBuilder($"profile {name}{(definition.Description is null ? string.Empty : ": " + definition.Description)}\n");
        if (definition.Listen is { } listen)
        {
            text.Append("  embedded simulators listen on ").Append(listen).Append('\n');
        }

        var embedded = new List<string>();
        foreach (var role in EsnRoles.All)
        {
            var file = definition.Roles.GetValueOrDefault(role);
            var commandLine = overrides.Endpoints.Where(e => EsnRoles.Parse(e.Key) == role).Select(e => e.Value).LastOrDefault();
            var fromEnvironment = Value(environment, role.EnvironmentPrefix() + "URL");
            var (url, source) = commandLine is not null ? (commandLine, "--endpoint")
                : fromEnvironment is not null ? (fromEnvironment, $"env {role.EnvironmentPrefix()}URL")
                : (file?.Url, HarnessSettings.FileName);
            if (url is null or "embedded")
            {
                embedded.Add(role.Name());
                continue;
            }

            text.Append("  ").Append(role.Name().PadRight(13)).Append(url).Append("  (").Append(source).Append(")\n");
            if (file?.Tls is { } tls)
            {
                text.Append("    tls:").Append(Field("ca", tls.CaBundle)).Append(Field("cert", tls.ClientCertificate)).Append(Field("key", tls.ClientKey))
                    .Append(Field("key passphrase", Origin(tls.ClientKeyPassphrase))).Append('\n');
            }

            if (file?.Credentials is { } credentials)
            {
                text.Append("    credentials:").Append(Field("user", credentials.Username)).Append(Field("password", Origin(credentials.Password)))
                    .Append(Field("token", Origin(credentials.Token))).Append('\n');
            }
        }

        if (embedded.Count > 0)
        {
            text.Append("  embedded: ").Append(string.Join(", ", embedded)).Append('\n');
        }

        return text.ToString();
    }

    private static string Field(string name, string? value) => value is null ? string.Empty : $" {name}={value}";

    private static string? Origin(SecretReference? secret) => secret switch
    {
        { Environment: { } variable } => $"*** (env {variable})",
        { File: { } file } => $"*** (file {file})",
        _ => null,
    };

    private static string? Value(IReadOnlyDictionary<string, string> environment, string key) =>
        environment.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
