using System.Text.RegularExpressions;

namespace EsnHarness.Reporting.Internal;

/// <summary>
/// Defence in depth: the host should never put secrets in run info, but if an endpoint carries
/// user:password@ or a token in its query, the report shows it without them.
/// </summary>
internal static partial class SecretRedactor
{
    public static bool IsSecretKey(string key) => SecretKey().IsMatch(key);

    public static string RedactEndpoint(string value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host))
        {
            var safe = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
            return string.IsNullOrEmpty(uri.Query) ? safe : safe + "?…";
        }
        return UserInfo().Replace(value, "$1");
    }

    [GeneratedRegex("(pass(word)?|secret|token|key|credential|auth|pwd|cert)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretKey();

    [GeneratedRegex(@"^([a-z][a-z0-9+.-]*://)[^/@\s]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UserInfo();
}
