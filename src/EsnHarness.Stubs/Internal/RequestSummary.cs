using System.Text.RegularExpressions;

namespace EsnHarness.Stubs.Internal;

/// <summary>Renders a received request in one line for failure messages. Passwords, secrets and tokens in form
/// fields, JSON properties and the Authorization header never reach the output.</summary>
internal static partial class RequestSummary
{
    private const int MaxBody = 160;

    public static string Describe(ReceivedRequest request)
    {
        var query = request.Query.Length > 0 ? "?" + Mask(request.Query) : string.Empty;
        var line = $"#{request.Sequence} {request.ReceivedAt:HH:mm:ss.fff} {request.Method} {request.Path}{query}";
        if (request.Header("Content-Type") is { } type)
        {
            line += $" [{type}]";
        }

        if (!string.IsNullOrEmpty(request.Body))
        {
            var body = Mask(request.Body.ReplaceLineEndings(" "));
            line += " " + (body.Length > MaxBody ? body[..MaxBody] + "..." : body);
        }

        line += request.MappingTitle is { } title ? $" → {request.ResponseStatus} '{title}'" : $" → {request.ResponseStatus} no mapping matched";
        return request.Fault is { } fault ? line + $" (fault: {fault})" : line;
    }

    public static string Mask(string text) =>
        JsonSecret().Replace(FormSecret().Replace(text, "$1=***"), "$1\"***\"");

    [GeneratedRegex(@"((?:^|[&?])(?:password|client_secret|access_token|refresh_token|id_token|code_verifier)|(?:^|[&?])code)=[^&]*", RegexOptions.IgnoreCase)]
    private static partial Regex FormSecret();

    [GeneratedRegex(@"(""(?:password|client_secret|access_token|refresh_token|id_token)""\s*:\s*)""[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex JsonSecret();
}
