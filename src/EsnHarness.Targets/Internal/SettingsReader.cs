using System.Net;
using System.Text.Json;

namespace EsnHarness.Targets.Internal;

/// <summary>Walks the esn.json tree, collecting one problem line per mistake instead of stopping at the first.</summary>
internal sealed class SettingsReader(string fileName, string baseDirectory)
{
    private static readonly string[] TopLevel = ["$schema", "features", "stubs", "formats", "tags", "workers", "defaultProfile", "profiles", "vocabulary"];
    private static readonly string[] ForbiddenSecrets = ["password", "token", "passphrase", "clientKeyPassphrase", "secret"];

    public List<string> Problems { get; } = [];

    public HarnessSettings Read(JsonElement root)
    {
        var defaults = HarnessSettings.Defaults(baseDirectory);
        if (root.ValueKind != JsonValueKind.Object)
        {
            Problem("$", "must be a JSON object");
            return defaults;
        }

        RejectUnknown(root, "$", TopLevel);
        var profiles = new Dictionary<string, ProfileDefinition>(defaults.Profiles, StringComparer.Ordinal);
        if (root.TryGetProperty("profiles", out var profilesElement))
        {
            foreach (var profile in Properties(profilesElement, "profiles"))
            {
                profiles[profile.Name] = ReadProfile(profile.Name, profile.Value);
            }
        }

        var defaultProfile = String(root, "defaultProfile", "$") ?? defaults.DefaultProfile;
        if (!profiles.ContainsKey(defaultProfile))
        {
            Problem("defaultProfile", $"names profile '{defaultProfile}', which is not defined (defined: {string.Join(", ", profiles.Keys)})");
        }

        return defaults with
        {
            Features = StringList(root, "features") ?? defaults.Features,
            Stubs = String(root, "stubs", "$") ?? defaults.Stubs,
            Formats = StringList(root, "formats") ?? defaults.Formats,
            Tags = String(root, "tags", "$"),
            Workers = Workers(root, "workers"),
            DefaultProfile = defaultProfile,
            Profiles = profiles,
            Vocabulary = root.TryGetProperty("vocabulary", out var vocabulary) ? ReadVocabulary(vocabulary) : VocabularySettings.None,
        };
    }

    private VocabularySettings ReadVocabulary(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem("vocabulary", "must be an object with \"agencies\", \"priorities\", \"capabilities\" and/or \"sources\"");
            return VocabularySettings.None;
        }

        RejectUnknown(element, "vocabulary", ["agencies", "priorities", "capabilities", "sources"]);
        return new VocabularySettings(Words(element, "agencies"), Words(element, "priorities"), Words(element, "capabilities"), Words(element, "sources"));
    }

    /// <summary>A list of tags or folder names: strings, none empty or starting with '@'; null when absent or wrong.</summary>
    private List<string>? Words(JsonElement vocabulary, string name)
    {
        if (!vocabulary.TryGetProperty(name, out var value))
        {
            return null;
        }

        var where = $"vocabulary.{name}";
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0 || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            Problem(where, "must be a non-empty array of strings");
            return null;
        }

        var words = value.EnumerateArray().Select(item => item.GetString()!).ToList();
        foreach (var word in words.Where(word => word.Trim().Length == 0 || word.StartsWith('@')))
        {
            Problem(where, $"'{word}': write each without '@' and not empty");
        }

        return words.All(word => word.Trim().Length > 0 && !word.StartsWith('@')) ? words : null;
    }

    private ProfileDefinition ReadProfile(string name, JsonElement element)
    {
        var where = $"profiles.{name}";
        var roles = new Dictionary<EsnRole, RoleDefinition>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(where, "must be an object with \"roles\"");
            return new ProfileDefinition(name, null, roles);
        }

        RejectUnknown(element, where, ["description", "roles", "listen", "workers"]);
        if (element.TryGetProperty("roles", out var rolesElement))
        {
            foreach (var role in Properties(rolesElement, where + ".roles"))
            {
                if (EsnRoles.Parse(role.Name) is not { } known)
                {
                    Problem($"{where}.roles.{role.Name}", $"unknown role (known: {EsnRoles.Known})");
                    continue;
                }

                roles[known] = ReadRole(known, role.Value, $"{where}.roles.{role.Name}");
            }
        }

        var listen = element.TryGetProperty("listen", out var listenElement) ? ReadListen(listenElement, where + ".listen") : null;
        return new ProfileDefinition(name, String(element, "description", where), roles, listen, ProfileWorkers(element, Join(where, "workers")));
    }

    private EmbeddedListen? ReadListen(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(where, "must be an object with \"address\" and/or \"port\"");
            return null;
        }

        RejectUnknown(element, where, ["address", "port"]);
        var address = IPAddress.Loopback;
        if (String(element, "address", where) is { } text && !IPAddress.TryParse(text, out address))
        {
            Problem(Join(where, "address"), $"'{text}' is not an IP address (e.g. 127.0.0.1, or 0.0.0.0 to be reached from other machines)");
            return null;
        }

        if (!element.TryGetProperty("port", out var portElement))
        {
            return new EmbeddedListen(address ?? IPAddress.Loopback, 0);
        }

        if (portElement.ValueKind == JsonValueKind.Number && portElement.TryGetInt32(out var port) && port is >= 0 and <= 65535)
        {
            return new EmbeddedListen(address ?? IPAddress.Loopback, port);
        }

        Problem(Join(where, "port"), "must be a whole number from 0 (a free port) to 65535");
        return null;
    }

    private RoleDefinition ReadRole(EsnRole role, JsonElement element, string where)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            var text = element.GetString()!;
            return new RoleDefinition(role, text == "embedded" ? null : text, null, null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(where, "must be \"embedded\", a URL string, or an object with \"url\"");
            return new RoleDefinition(role, null, null, null);
        }

        RejectUnknown(element, where, role == EsnRole.ControlRoom ? ["url", "tls", "credentials", "web", "map"] : ["url", "tls", "credentials"]);
        var url = String(element, "url", where);
        var tls = element.TryGetProperty("tls", out var tlsElement) ? ReadTls(tlsElement, where + ".tls") : null;
        var credentials = element.TryGetProperty("credentials", out var credentialsElement) ? ReadCredentials(credentialsElement, where + ".credentials") : null;
        var map = String(element, "map", where);
        var web = String(element, "web", where) is { } console ? new WebConsoleDefinition(console, map) : null;
        if (web is null && map is not null)
        {
            Problem(Join(where, "map"), "a console map needs \"web\": \"embedded\" or the console's URL");
        }

        return new RoleDefinition(role, url == "embedded" ? null : url, tls, credentials, web);
    }

    private TlsDefinition ReadTls(JsonElement element, string where)
    {
        RejectUnknown(element, where, ["caBundle", "clientCertificate", "clientKey", "clientKeyPassphraseEnv", "clientKeyPassphraseFile"]);
        return new TlsDefinition(
            String(element, "caBundle", where),
            String(element, "clientCertificate", where),
            String(element, "clientKey", where),
            SecretReference(element, "clientKeyPassphrase", where));
    }

    private CredentialsDefinition ReadCredentials(JsonElement element, string where)
    {
        RejectUnknown(element, where, ["username", "passwordEnv", "passwordFile", "tokenEnv", "tokenFile"]);
        return new CredentialsDefinition(String(element, "username", where), SecretReference(element, "password", where), SecretReference(element, "token", where));
    }

    private SecretReference? SecretReference(JsonElement element, string stem, string where)
    {
        var environment = String(element, stem + "Env", where);
        var file = String(element, stem + "File", where);
        return environment is null && file is null ? null : new SecretReference(environment, file);
    }

    /// <summary>A profile's own <c>workers</c>: 1 or more (the profile says how many of its scenarios a machine can run at once).</summary>
    private int? ProfileWorkers(JsonElement profile, string where)
    {
        if (!profile.TryGetProperty("workers", out var element))
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var workers) && workers >= 1)
        {
            return workers;
        }

        Problem(where, "must be a whole number, 1 or more");
        return null;
    }

    private int? Workers(JsonElement parent, string where)
    {
        if (!parent.TryGetProperty("workers", out var element))
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var workers) && workers >= 0)
        {
            return workers == 0 ? null : workers;
        }

        Problem(where, "must be a whole number, 0 or more (0 = one per processor)");
        return null;
    }

    private string? String(JsonElement element, string name, string where)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Problem(Join(where, name), "must be a string");
        return null;
    }

    private List<string>? StringList(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String))
        {
            return value.EnumerateArray().Select(item => item.GetString()!).ToList();
        }

        Problem(name, "must be an array of strings");
        return null;
    }

    private IEnumerable<JsonProperty> Properties(JsonElement element, string where)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return element.EnumerateObject().ToList();
        }

        Problem(where, "must be an object");
        return [];
    }

    private void RejectUnknown(JsonElement element, string where, string[] known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (ForbiddenSecrets.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                Problem(Join(where, property.Name), $"secrets may not be written in {fileName}; use {property.Name}Env (an environment variable) or {property.Name}File");
            }
            else if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                Problem(Join(where, property.Name), $"unknown field (known here: {string.Join(", ", known)})");
            }
        }
    }

    private void Problem(string where, string message) => Problems.Add($"{fileName}: {where}: {message}");

    private static string Join(string where, string name) => where == "$" ? name : $"{where}.{name}";
}
