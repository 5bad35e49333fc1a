using EsnHarness.Stubs.Internal;

namespace EsnHarness.Stubs;

/// <summary>A request a stub session received, as verification and steps see it.</summary>
/// <param name="Sequence">1-based order of arrival in the session.</param>
/// <param name="Endpoint">The endpoint folder the path falls under (<c>/idms/token</c> → <c>idms</c>).</param>
/// <param name="Method">HTTP method, upper case.</param>
/// <param name="Path">The path, without the query.</param>
/// <param name="Query">The raw query string without <c>?</c>, or empty.</param>
/// <param name="Headers">Request headers (names case-insensitive).</param>
/// <param name="Body">The body as text, or null when there was none.</param>
/// <param name="ReceivedAt">When the stub received it.</param>
/// <param name="MappingTitle">Title of the mapping that answered, or null when none matched.</param>
/// <param name="ResponseStatus">The status the mapping answered (before any fault replaced it).</param>
/// <param name="Fault">The fault applied to this request (e.g. <c>HTTP 503</c>), or null.</param>
public sealed record ReceivedRequest(
    int Sequence,
    string Endpoint,
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Headers,
    string? Body,
    DateTimeOffset ReceivedAt,
    string? MappingTitle,
    int? ResponseStatus = null,
    string? Fault = null)
{
    /// <summary>The first value of header <paramref name="name"/>, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>One line for failure messages: method, path, query and a shortened body with secrets masked.</summary>
    public override string ToString() => RequestSummary.Describe(this);
}
