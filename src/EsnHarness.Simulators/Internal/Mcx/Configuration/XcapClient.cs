using System.Net;
using System.Net.Http.Headers;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx.Configuration;

/// <summary>
/// Reads documents from an XCAP server (RFC 4825): the GMS's group documents (TS 24.481) and the CMS's user profiles
/// (TS 24.484), over plain HTTP(S) with the host's upstream TLS settings, so any GMS or CMS (the harness's stubs or an
/// agency's) can stand behind it. A conditional GET (If-None-Match) revalidates a document already held.
/// </summary>
internal sealed class XcapClient(HttpClient http)
{
    /// <param name="server">Who is asked, for the error message (e.g. "the GMS").</param>
    /// <param name="url">The document's absolute URL.</param>
    /// <param name="etag">The ETag of the version held (conditional GET), or empty.</param>
    /// <param name="ct">Cancels the request.</param>
    /// <exception cref="global::Grpc.Core.RpcException">UNAVAILABLE when the server cannot be reached or answers anything but 200, 304 or 404.</exception>
    public async Task<XcapResult> GetAsync(string server, string url, string etag, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag.Length > 0 && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw Errors.Unavailable($"{server} at {url} cannot be reached: {e.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw Errors.Unavailable($"{server} did not answer for {url} in time");
        }

        using (response)
        {
            var served = response.Headers.ETag?.ToString() ?? "";
            switch (response.StatusCode)
            {
                case HttpStatusCode.NotFound:
                    return XcapResult.NotFound;
                case HttpStatusCode.NotModified:
                    return new XcapResult(true, false, "", served.Length > 0 ? served : etag);
                case HttpStatusCode.OK:
                    return new XcapResult(true, true, await response.Content.ReadAsStringAsync(ct), served);
                default:
                    throw Errors.Unavailable($"{server} answered HTTP {(int)response.StatusCode} for {url}");
            }
        }
    }
}
