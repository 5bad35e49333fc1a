using System.Text.Json;
using EsnHarness.Stubs.Internal;

namespace EsnHarness.Stubs;

/// <summary>Renders a session's request journal as JSON for a report attachment, with secrets masked.</summary>
public static class StubJournal
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The requests as a JSON array: sequence, time, method, path, query, media type, body, mapping, status, fault.
    /// Passwords, tokens and credentials are masked; Authorization and Cookie headers are left out.</summary>
    public static string ToJson(IReadOnlyList<ReceivedRequest> requests) => JsonSerializer.Serialize(
        requests.Select(r => new
        {
            sequence = r.Sequence,
            receivedAt = r.ReceivedAt,
            endpoint = r.Endpoint,
            method = r.Method,
            path = r.Path,
            query = RequestSummary.Mask(r.Query),
            contentType = r.Header("Content-Type"),
            body = r.Body is null ? null : RequestSummary.Mask(r.Body),
            mapping = r.MappingTitle,
            status = r.ResponseStatus,
            fault = r.Fault,
        }),
        Indented);
}
