namespace EsnHarness.Targets.Internal;

/// <summary>Applies the three layers to one role and checks what can be checked without the network.</summary>
internal sealed class RoleResolver(HarnessSettings settings, IReadOnlyDictionary<string, string> environment, List<string> problems)
{
    public ResolvedEndpoint Resolve(EsnRole role, RoleDefinition? fromFile, string? fromCommandLine)
    {
        var prefix = role.EnvironmentPrefix();
        var fromEnvironment = ProfileResolver.Value(environment, prefix + "URL");
        var (url, source) = fromCommandLine is not null ? (fromCommandLine, "--endpoint")
            : fromEnvironment is not null ? (fromEnvironment, $"env {prefix}URL")
            : fromFile?.Url is not null ? (fromFile.Url, HarnessSettings.FileName)
            : ("embedded", "embedded");
        var web = WebConsole(role, prefix, fromFile?.Web);
        if (url == "embedded")
        {
            return new ResolvedEndpoint(role, null, null, null, source) { WebConsole = web };
        }

        var address = Address(role, url, source);
        var tls = Tls(role, prefix, fromFile?.Tls);
        var credentials = Credentials(role, prefix, fromFile?.Credentials);
        if (tls is not null && address is not null && address.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{role.Name()}: TLS settings are given but the URL '{address}' is not https");
        }

        return new ResolvedEndpoint(role, address, tls, credentials, source) { WebConsole = web };
    }

    private ResolvedWebConsole? WebConsole(EsnRole role, string prefix, WebConsoleDefinition? file)
    {
        var fromEnvironment = Env(prefix + "WEB");
        var (web, source) = fromEnvironment is not null ? (fromEnvironment, $"env {prefix}WEB") : (file?.Web, HarnessSettings.FileName);
        if (web is null)
        {
            return null;
        }

        if (role != EsnRole.ControlRoom)
        {
            problems.Add($"{role.Name()}: only the controlRoom role can be a web console (\"web\")");
            return null;
        }

        var map = Path(role, "console map", Env(prefix + "MAP") ?? file?.Map);
        if (web == "embedded")
        {
            return new ResolvedWebConsole(null, map, source);
        }

        return Address(role, web, source) is { } address ? new ResolvedWebConsole(address, map, source) : null;
    }

    private Uri? Address(EsnRole role, string url, string source)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var address)
            && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(address.Host))
        {
            return address;
        }

        problems.Add($"{role.Name()}: URL '{url}' (from {source}) is not an absolute http:// or https:// address");
        return null;
    }

    private EndpointTls? Tls(EsnRole role, string prefix, TlsDefinition? file)
    {
        var ca = Path(role, "CA bundle", Env(prefix + "CA") ?? file?.CaBundle);
        var certificate = Path(role, "client certificate", Env(prefix + "CLIENT_CERT") ?? file?.ClientCertificate);
        var key = Path(role, "client key", Env(prefix + "CLIENT_KEY") ?? file?.ClientKey);
        var passphrase = Secret(role, prefix + "CLIENT_KEY_PASSPHRASE", file?.ClientKeyPassphrase);
        if (certificate is not null && key is null && !IsPkcs12(certificate))
        {
            problems.Add($"{role.Name()}: a client certificate is given without its client key");
        }

        return ca is null && certificate is null && key is null ? null : new EndpointTls(ca, certificate, key, passphrase);
    }

    private EndpointCredentials? Credentials(EsnRole role, string prefix, CredentialsDefinition? file)
    {
        var username = Env(prefix + "USERNAME") ?? file?.Username;
        var password = Secret(role, prefix + "PASSWORD", file?.Password);
        var token = Secret(role, prefix + "TOKEN", file?.Token);
        return username is null && password is null && token is null ? null : new EndpointCredentials(username, password, token);
    }

    private Secret? Secret(EsnRole role, string variable, SecretReference? reference)
    {
        if (Env(variable) is { } direct)
        {
            return new Secret(direct, $"env {variable}");
        }

        if (reference?.Environment is { } named)
        {
            if (Env(named) is { } value)
            {
                return new Secret(value, $"env {named}");
            }

            problems.Add($"{role.Name()}: environment variable {named} is named for a secret but is not set");
            return null;
        }

        if (reference?.File is { } file)
        {
            var path = settings.Resolve(file);
            if (File.Exists(path))
            {
                return new Secret(File.ReadAllText(path).TrimEnd('\r', '\n'), $"file {file}");
            }

            problems.Add($"{role.Name()}: secret file '{file}' does not exist");
        }

        return null;
    }

    private string? Path(EsnRole role, string what, string? path)
    {
        if (path is null)
        {
            return null;
        }

        var full = settings.Resolve(path);
        if (File.Exists(full))
        {
            return full;
        }

        problems.Add($"{role.Name()}: {what} file '{path}' does not exist");
        return null;
    }

    private string? Env(string key) => ProfileResolver.Value(environment, key);

    private static bool IsPkcs12(string path) =>
        path.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".p12", StringComparison.OrdinalIgnoreCase);
}
