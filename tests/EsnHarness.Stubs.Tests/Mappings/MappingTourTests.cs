using System.Net;
using System.Text;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Mappings;

/// <summary>Sends one request per mapping file and checks that exactly that mapping answers with its status and
/// media type, so a mapping that stops loading or matching is noticed.</summary>
public sealed class MappingTourTests : StubFixture
{
    private const string Gms = "/gms/org.openmobilealliance.groups/users/sip:gms@{0}.esn.gov.uk/{1}";
    private const string Kms = "/kms/keymanagement/identity/v1/";
    private const string Geo = """{"type":"Feature","geometry":{"type":"Point","coordinates":[-0.1126,51.5007]},"properties":{"resource":"RRU43","time":"2026-11-23T14:00:00Z","source":"gnss"}}""";

    private static IEnumerable<TestCaseData> Tour()
    {
        TestCaseData Case(string title, string method, string path, int status, string mediaType, HttpContent? body = null) =>
            new TestCaseData(method, path, body, status, mediaType, title).SetName($"Tour: {title}");
        StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
        StringContent Xml(string user) => new($"""<KmsRequest xmlns="urn:3gpp:ns:mcsecKMSInterface:1.0"><UserUri>{user}</UserUri></KmsRequest>""", Encoding.UTF8, "application/xml");
        FormUrlEncodedContent Token(string user, string grant = "password") => new([new("grant_type", grant), new("username", user), new("password", "x")]);

        yield return Case("IdMS: OpenID Connect discovery document", "GET", "/idms/.well-known/openid-configuration", 200, "application/json");
        yield return Case("IdMS: signing keys (JWKS)", "GET", "/idms/jwks", 200, "application/jwk-set+json");
        yield return Case("IdMS: token for a provisioned London MCPTT user", "POST", "/idms/token", 200, "application/json", Token("sip:lfb.a241.oic@lfb.esn.gov.uk"));
        yield return Case("IdMS: revoked user refused (lost handset)", "POST", "/idms/token", 400, "application/json", Token("sip:mps.pc7734.lost@mps.esn.gov.uk"));
        yield return Case("IdMS: unknown user refused", "POST", "/idms/token", 400, "application/json", Token("sip:x@example.com"));
        yield return Case("IdMS: unsupported grant type refused", "POST", "/idms/token", 400, "application/json", Token("sip:x@example.com", "implicit"));
        yield return Case("IdMS: token introspection, active token", "POST", "/idms/introspect", 200, "application/json",
            new FormUrlEncodedContent([new("token", "esn-at-3f2504e0-4f89-11d3-9a0c-0305e82c3301~las.rru43~las")]));
        yield return Case("IdMS: token introspection, unknown token", "POST", "/idms/introspect", 200, "application/json", new FormUrlEncodedContent([new("token", "forged")]));

        foreach (var (agency, group) in new[] { ("lfb", "FLON-OPS01"), ("mps", "MPS-LX-OPS"), ("las", "LAS-SE-SECTOR"), ("mps", "MPS-HAIL"), ("lfb", "FLON-HAIL"), ("las", "LAS-HAIL"), ("lfb", "LDN-INTEROP-01") })
        {
            yield return new TestCaseData("GET", string.Format(Gms, agency, group), null, 200, "application/vnd.oma.poc.groups+xml", null)
                .SetName($"Tour: GMS {group}");
        }

        yield return Case("GMS: unknown group document", "GET", string.Format(Gms, "lfb", "NO-SUCH-GROUP"), 404, "text/plain");

        foreach (var agency in new[] { "mps", "lfb", "las" })
        {
            var upper = agency.ToUpperInvariant();
            yield return Case($"CMS: MCPTT user profile for {upper} users", "GET", $"/cms/org.3gpp.mcptt.user-profile/users/sip:user1@{agency}.esn.gov.uk/user-profile", 200, "application/vnd.3gpp.mcptt-user-profile+xml");
            yield return Case($"CMS: MCData user profile for {upper} users", "GET", $"/cms/org.3gpp.mcdata.user-profile/users/sip:user1@{agency}.esn.gov.uk/user-profile", 200, "application/vnd.3gpp.mcdata-user-profile+xml");
            yield return Case($"CAD {upper}: status table", "GET", $"/cad/{agency}/status-codes", 200, "application/json");
        }

        yield return Case("CMS: no profile for an unknown user", "GET", "/cms/org.3gpp.mcptt.user-profile/users/sip:x@example.com/user-profile", 404, "text/plain");

        yield return Case("KMS: initialise a key management client", "POST", Kms + "init", 200, "application/xml", Xml("sip:las.rru43@las.esn.gov.uk"));
        yield return Case("KMS: key material for a provisioned London user", "POST", Kms + "keyprov", 200, "application/xml", Xml("sip:las.rru43@las.esn.gov.uk"));
        yield return Case("KMS: revoked user refused key material", "POST", Kms + "keyprov", 403, "application/xml", Xml("sip:mps.pc7734.lost@mps.esn.gov.uk"));
        yield return Case("KMS: unknown user refused", "POST", Kms + "keyprov", 403, "application/xml", Xml("sip:x@example.com"));
        yield return Case("KMS: no group key for a non-member", "POST", Kms + "gmk", 403, "application/xml", Xml("sip:las.rru43@las.esn.gov.uk"));

        yield return Case("CAD LAS: status of a resource not in the register refused", "POST", "/cad/las/resources/RRU43/status", 404, "application/problem+json", Json("""{"code":32770,"status":"At scene"}"""));
        yield return Case("CAD LFB: status of a resource not in the register refused", "POST", "/cad/lfb/resources/A241/status", 404, "application/problem+json", Json("""{"code":32770,"status":"In attendance"}"""));
        yield return Case("CAD MPS: status of a resource not in the register refused", "POST", "/cad/mps/resources/LX-21/status", 404, "application/problem+json", Json("""{"code":32772,"status":"At scene"}"""));
        yield return Case("CAD: resource not in the register", "GET", "/cad/mps/resources/LX-21", 404, "application/problem+json");
        yield return Case("CAD: no resource with that terminal", "GET", "/cad/mps/resources?mcpttId=sip%3Aunit-lx-21%40mps.esn.gov.uk", 200, "application/json");
        yield return Case("CAD MPS: PNC-style check answered", "POST", "/cad/mps/checks", 200, "application/json", Json("""{"query":"VRM LX19 ABC","requester":"Byrne"}"""));
        yield return Case("CAD: status update not in the agency's table rejected", "POST", "/cad/lfb/resources/A241/status", 422, "application/problem+json", Json("""{"code":32770,"status":"At scene"}"""));
        yield return Case("CAD: resource location update accepted", "POST", "/cad/las/resources/RRU43/location", 202, "application/json", Json("""{"latitude":51.5007,"longitude":-0.1126,"time":"2026-11-23T14:00:00Z"}"""));
        yield return Case("CAD LAS: incident C1-0412 as dispatched", "GET", "/cad/las/incidents/C1-0412", 200, "application/json");
        yield return Case("CAD LAS: incident C1-0412 acknowledged by a crew", "POST", "/cad/las/incidents/C1-0412/acknowledgements", 202, "application/json", Json("""{"resource":"RRU43"}"""));
        yield return Case("CAD LFB: incident F-2231 as dispatched", "GET", "/cad/lfb/incidents/F-2231", 200, "application/json");
        yield return Case("CAD LFB: incident F-2231 acknowledged by a crew", "POST", "/cad/lfb/incidents/F-2231/acknowledgements", 202, "application/json", Json("""{"resource":"A241"}"""));
        yield return Case("CAD MPS: incident CAD-4411-23NOV as dispatched", "GET", "/cad/mps/incidents/CAD-4411-23NOV", 200, "application/json");
        yield return Case("CAD MPS: incident CAD-4411-23NOV acknowledged by a crew", "POST", "/cad/mps/incidents/CAD-4411-23NOV/acknowledgements", 202, "application/json", Json("""{"resource":"LX-21"}"""));
        yield return Case("CAD: unknown incident", "GET", "/cad/las/incidents/C9-9999", 404, "application/problem+json");

        yield return Case("AVL: position report into a control room", "POST", "/avl/las/positions", 202, "application/json", new StringContent(Geo, Encoding.UTF8, "application/geo+json"));
        yield return Case("AVL: malformed position report rejected", "POST", "/avl/las/positions", 400, "application/problem+json", Json("""{"lat":51.5}"""));
        yield return Case("AVL: position outside London or not [longitude, latitude] rejected", "POST", "/avl/las/positions", 422, "application/problem+json",
            new StringContent(Geo.Replace("[-0.1126,51.5007]", "[51.5007,-0.1126]", StringComparison.Ordinal), Encoding.UTF8, "application/geo+json"));
        yield return Case("AVL: feed status", "GET", "/avl/lfb/status", 200, "application/json");
    }

    [TestCaseSource(nameof(Tour))]
    public async Task Mapping_SampleRequest_AnswersAsDesigned(string method, string path, HttpContent? body, int status, string mediaType, string? title)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body };
        var response = await Client.SendAsync(request);
        var answered = Session.Received().Last();

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status), answered.ToString());
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
            if (title is not null)
            {
                Assert.That(answered.MappingTitle, Is.EqualTo(title));
            }
            else
            {
                Assert.That(answered.MappingTitle, Does.StartWith("GMS: ").And.Contain(path.Split('/').Last()));
            }
        });
    }

    [Test]
    public void Tour_CoversEveryMappingFile()
    {
        var toured = Tour().Select(t => (string?)t.Arguments[5]).OfType<string>().ToHashSet();
        var acknowledgedStates = Host.Catalog.Mappings.Where(m => m.Title.EndsWith("after acknowledgement", StringComparison.Ordinal)).ToList();
        var groups = Host.Catalog.Mappings.Where(m => m.Title.StartsWith("GMS: ", StringComparison.Ordinal) && m.Title.Contains("group document (", StringComparison.Ordinal)).ToList();

        var incidentStates = Host.Catalog.Mappings.Where(m => m.Title.StartsWith("GMS: LDN-SHARED-1 group document at ", StringComparison.Ordinal)).ToList();
        var untoured = Host.Catalog.Mappings.Where(m => !toured.Contains(m.Title)).Except(acknowledgedStates).Except(groups).Except(incidentStates).Select(m => m.File);

        Assert.That(untoured, Is.Empty);
        Assert.That(groups, Has.Count.EqualTo(7));
        Assert.That(incidentStates, Has.Count.EqualTo(4), "the shared group's documents at a fire and at an arrest, and their revalidations, are toured by state below");
    }

    [TestCase("fire", "GMS: LDN-SHARED-1 group document at a fire", "ff-jones@lfb")]
    [TestCase("arrest", "GMS: LDN-SHARED-1 group document at an arrest", "pc-patel@mps")]
    public async Task SharedGroupDocument_ByIncidentState_ServesThatIncidentsDocument(string state, string title, string ranked)
    {
        Session.SetScenarioState("LDN-SHARED-1 document", state);

        var response = await Client.GetAsync(string.Format(Gms, "london", "LDN-SHARED-1"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(Session.Received().Last().MappingTitle, Is.EqualTo(title));
            Assert.That(body, Does.Match($@"entry uri=""sip:{ranked}\.esn\.gov\.uk"">\s*<display-name>[^<]*</display-name>\s*<mcpttgi:user-priority>12<"),
                "the service the incident puts first has the higher user priority (12 against 8)");
        });
    }

    [TestCase("fire", "fire", 304, "GMS: LDN-SHARED-1 group document at a fire, not modified")]
    [TestCase("arrest", "arrest", 304, "GMS: LDN-SHARED-1 group document at an arrest, not modified")]
    [TestCase("arrest", "fire", 200, "GMS: LDN-SHARED-1 group document at an arrest")]
    public async Task SharedGroupDocument_Revalidated_NotModifiedOnlyForTheVersionServed(string state, string held, int status, string title)
    {
        Session.SetScenarioState("LDN-SHARED-1 document", state);
        using var request = new HttpRequestMessage(HttpMethod.Get, string.Format(Gms, "london", "LDN-SHARED-1"));
        request.Headers.TryAddWithoutValidation("If-None-Match", $"\"ldn-shared-1-{held}\"");

        using var response = await Client.SendAsync(request);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(Session.Received().Last().MappingTitle, Is.EqualTo(title));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo($"\"ldn-shared-1-{state}\""), "the ETag of the version the GMS holds");
        });
    }

    [TestCase("las", "C1-0412", "RRU43")]
    [TestCase("lfb", "F-2231", "A241")]
    [TestCase("mps", "CAD-4411-23NOV", "LX-21")]
    public async Task Incident_AfterAcknowledgement_StaysAcknowledged(string agency, string incident, string resource)
    {
        await Client.PostAsync($"/cad/{agency}/incidents/{incident}/acknowledgements", Json($$"""{"resource":"{{resource}}"}"""));

        var first = await Client.GetStringAsync($"/cad/{agency}/incidents/{incident}");
        var second = await Client.GetStringAsync($"/cad/{agency}/incidents/{incident}");

        Assert.That(first, Does.Contain("\"state\":\"acknowledged\"").Or.Contain("\"state\": \"acknowledged\""));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(Session.Received().Last().MappingTitle, Does.EndWith("after acknowledgement"));
    }
}
