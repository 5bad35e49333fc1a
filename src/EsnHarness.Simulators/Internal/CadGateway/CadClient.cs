using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.CadGateway;

/// <summary>
/// The gateway's side of an agency's CAD HTTP API (the contract of stubs/cad): the resource register, the status table,
/// status updates, acknowledgements and check queries, all under <c>{cad_url}cad/{agency}/</c>.
/// </summary>
internal sealed class CadClient(HttpClient http, Uri baseAddress, string segment)
{
    public Uri BaseAddress => baseAddress;

    /// <summary>The MCPTT ID of the terminal of <paramref name="callsign"/> in CAD's register, or null when CAD does not know it.</summary>
    public async Task<string?> TerminalOfAsync(string callsign, CancellationToken ct)
    {
        using var json = await GetAsync($"resources/{Uri.EscapeDataString(callsign)}", ct);
        return json?.RootElement.TryGetProperty("mcpttId", out var id) == true ? id.GetString() : null;
    }

    /// <summary>The callsign of the resource whose terminal is <paramref name="mcpttId"/>, or null when CAD's register has none.</summary>
    public async Task<string?> CallsignOfAsync(string mcpttId, CancellationToken ct)
    {
        using var json = await GetAsync($"resources?mcpttId={Uri.EscapeDataString(mcpttId)}", ct);
        return json?.RootElement is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0
            ? list[0].GetProperty("callsign").GetString()
            : null;
    }

    /// <summary>The agency's status table, in CAD's order.</summary>
    public async Task<IReadOnlyList<(uint Code, string Status)>> StatusTableAsync(CancellationToken ct)
    {
        using var json = await GetAsync("status-codes", ct)
            ?? throw Errors.Unavailable($"the CAD at {Path("status-codes")} has no status table (HTTP 404)");
        return [.. json.RootElement.GetProperty("statuses").EnumerateArray().Select(s => (s.GetProperty("code").GetUInt32(), s.GetProperty("status").GetString() ?? ""))];
    }

    /// <summary>Posts <paramref name="body"/> to <c>cad/{agency}/{path}</c>; returns the HTTP status and the answer.</summary>
    public async Task<(int Status, string Body)> PostAsync(string path, object body, CancellationToken ct)
    {
        using var response = await SendAsync(() => http.PostAsJsonAsync(Path(path), body, ct), path);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>The address of <c>cad/{agency}/{path}</c>.</summary>
    public Uri Path(string path) => new(baseAddress, $"cad/{segment}/{path}");

    private async Task<JsonDocument?> GetAsync(string path, CancellationToken ct)
    {
        using var response = await SendAsync(() => http.GetAsync(Path(path), ct), path);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw Errors.Unavailable($"the CAD answered GET {Path(path)} with HTTP {(int)response.StatusCode}");
        }

        return JsonDocument.Parse(text);
    }

    private async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send, string path)
    {
        try
        {
            return await send();
        }
        catch (HttpRequestException e)
        {
            throw Errors.Unavailable($"the CAD at {Path(path)} cannot be reached: {e.Message}");
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            throw Errors.Unavailable($"the CAD at {Path(path)} did not answer in time");
        }
    }
}
