using System.Net.Http.Headers;
using System.Net.Mime;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The terminal's key management client (TS 33.180 §5.3, §5.7). Once provisioned with a KMS at power-on, it asks the KMS
/// for a group's key (GMK) as its user affiliates to the group, presenting the user's access token, and keeps what the KMS
/// gives in the key store. A refusal or an unreachable KMS is recorded there too: the affiliation stands (the user is in
/// the group) but the terminal cannot decrypt the group's protected traffic.
/// </summary>
internal sealed class DeviceKeyClient(string deviceId, HttpClient http, DeviceKeyStore store, TimeProvider time, ILogger logger, DefectSwitch notRequested)
{
    private static readonly XNamespace Ns = "urn:3gpp:ns:mcsecKMSInterface:1.0";
    private Uri? _kms;

    /// <summary>The KMS the client is provisioned with at power-on; empty = none (no key management on this terminal).</summary>
    /// <exception cref="global::Grpc.Core.RpcException">INVALID_ARGUMENT: not an absolute http(s) URL.</exception>
    public void Configure(string kmsUrl)
    {
        if (kmsUrl.Length == 0)
        {
            Volatile.Write(ref _kms, null);
            return;
        }

        if (!Uri.TryCreate(kmsUrl, UriKind.Absolute, out var kms) || kms.Scheme is not ("http" or "https"))
        {
            throw Errors.Invalid($"field 'kms_url' must be an absolute http(s) URL (the KMS's key management interface), got '{kmsUrl}'");
        }

        Volatile.Write(ref _kms, kms.AbsoluteUri.EndsWith('/') ? kms : new Uri(kms.AbsoluteUri + "/"));
    }

    /// <summary>The user affiliated to <paramref name="groupId"/>: ask the KMS for the group's key and keep the answer.</summary>
    public async Task AffiliatedAsync(string mcpttId, string groupId, string accessToken, CancellationToken ct)
    {
        if (Volatile.Read(ref _kms) is not { } kms)
        {
            return;
        }

        if (notRequested.On)
        {
            DeviceLog.DefectApplied(logger, deviceId, DeviceDefects.GroupKeyNotRequested.Name, $"no group key requested for {groupId}");
            return;
        }

        var outcome = await RequestAsync(new Uri(kms, "gmk"), mcpttId, groupId, accessToken, ct);
        outcome.AnsweredAt = Timestamp.FromDateTimeOffset(time.GetUtcNow());
        store.Answered(outcome);
        if (outcome.GmkId.Length == 0)
        {
            DeviceLog.NoGroupKey(logger, deviceId, groupId, $"HTTP {outcome.Status}, {outcome.Error}");
        }
    }

    private async Task<GroupKeyRequestOutcome> RequestAsync(Uri gmk, string mcpttId, string groupId, string accessToken, CancellationToken ct)
    {
        var outcome = new GroupKeyRequestOutcome { GroupId = groupId };
        var body = new XDocument(new XElement(Ns + "KmsRequest", new XAttribute("Version", "1.1.0"),
            new XElement(Ns + "UserUri", mcpttId), new XElement(Ns + "KmsUri", gmk.Host),
            new XElement(Ns + "GroupUri", groupId), new XElement(Ns + "ClientReqUrl", gmk.AbsoluteUri)));
        using var post = new HttpRequestMessage(HttpMethod.Post, gmk) { Content = new StringContent(body.ToString(), Encoding.UTF8, MediaTypeNames.Application.Xml) };
        if (accessToken.Length > 0)
        {
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        try
        {
            using var response = await http.SendAsync(post, ct);
            outcome.Status = (uint)response.StatusCode;
            var answer = XDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            var set = answer.Descendants(Ns + "GroupKeySet").FirstOrDefault();
            if (response.IsSuccessStatusCode && set?.Element(Ns + "GroupUri")?.Value == groupId && set.Element(Ns + "GmkId")?.Value is { Length: > 0 } gmkId)
            {
                outcome.GmkId = gmkId;
            }
            else
            {
                outcome.Error = answer.Descendants(Ns + "ErrorCode").FirstOrDefault()?.Value ?? (set is null ? "no group key set in the answer" : $"a key set for another group ({set.Element(Ns + "GroupUri")?.Value})");
            }
        }
        catch (HttpRequestException e)
        {
            outcome.Error = $"the KMS cannot be reached: {e.Message}";
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            outcome.Error = "the KMS did not answer in time";
        }
        catch (XmlException e)
        {
            outcome.Error = $"the KMS's answer is not XML: {e.Message}";
        }

        return outcome;
    }
}
