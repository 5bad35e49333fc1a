using System.Text;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Defects;

/// <summary>The GMS, CMS and AVL stubs' defects against the faithful ones.</summary>
public sealed class DocumentDefectTests : DefectFixture
{
    private const string SharedGroup = "gms/org.openmobilealliance.groups/users/sip:gms@london.esn.gov.uk/LDN-SHARED-1";
    private const string Position = """{"type":"Feature","geometry":{"type":"Point","coordinates":[COORDS]},"properties":{"resource":"A241","time":"2026-11-23T15:00:00Z"}}""";

    [Test]
    [ShowsDefect("gms.document-changed-etag-kept")]
    public async Task GroupDocument_ChangedThenRevalidated_FaithfulServesTheNewVersionDefectAnswersNotModified()
    {
        var (faithful, faulty) = await SessionsAsync("gms.document-changed-etag-kept");
        faithful.SetScenarioState("LDN-SHARED-1 document", "arrest");
        faulty.SetScenarioState("LDN-SHARED-1 document", "arrest");

        var changed = await RevalidateAsync(faithful, "\"ldn-shared-1-fire\"");
        var told = await RevalidateAsync(faulty, "\"ldn-shared-1-fire\"");

        Assert.Multiple(() =>
        {
            Assert.That(changed.Status, Is.EqualTo(200), "the faithful GMS serves the changed document");
            Assert.That(changed.ETag, Is.EqualTo("\"ldn-shared-1-arrest\""), "under a new entity tag");
            Assert.That(told.Status, Is.EqualTo(304), "the faulty GMS says nothing changed");
            Assert.That(told.ETag, Is.EqualTo("\"ldn-shared-1-fire\""), "under the old entity tag");
        });
    }

    [Test]
    [ShowsDefect("cms.default-profile-for-unknown-user")]
    public async Task UserProfile_UnknownUser_FaithfulNotFoundDefectDefaultProfile()
    {
        var (faithful, faulty) = await SessionsAsync("cms.default-profile-for-unknown-user");
        const string path = "cms/org.3gpp.mcptt.user-profile/users/sip:visitor@example.com/user-profile";

        var refused = await SendAsync(faithful, HttpMethod.Get, path);
        var served = await SendAsync(faulty, HttpMethod.Get, path);

        Assert.Multiple(() =>
        {
            Assert.That(refused.Status, Is.EqualTo(404));
            Assert.That(served.Status, Is.EqualTo(200));
            Assert.That(served.Body, Does.Contain("<MCPTTUserID>sip:visitor@example.com</MCPTTUserID>"));
            Assert.That(served.Body, Does.Contain("<Authorised-to-make-emergency-call>true<"));
        });
    }

    [TestCase("51.5138,-0.1325", TestName = "Position_LatitudeLongitudeSwapped_FaithfulRejectsDefectAccepts")]
    [TestCase("529550,181150", TestName = "Position_BritishNationalGridNumbers_FaithfulRejectsDefectAccepts")]
    [ShowsDefect("avl.swapped-coordinates-accepted")]
    public async Task Position_NotLondonWgs84_FaithfulRejectsDefectAccepts(string coordinates)
    {
        var (faithful, faulty) = await SessionsAsync("avl.swapped-coordinates-accepted");

        var rejected = await SendAsync(faithful, HttpMethod.Post, "avl/lfb/positions", Geo(coordinates));
        var accepted = await SendAsync(faulty, HttpMethod.Post, "avl/lfb/positions", Geo(coordinates));
        var inSoho = await SendAsync(faithful, HttpMethod.Post, "avl/lfb/positions", Geo("-0.1325,51.5138"));

        Assert.Multiple(() =>
        {
            Assert.That(rejected.Status, Is.EqualTo(422));
            Assert.That(accepted.Status, Is.EqualTo(202));
            Assert.That(inSoho.Status, Is.EqualTo(202), "the faithful feed accepts a London position");
        });
    }

    private static StringContent Geo(string coordinates) =>
        new(Position.Replace("COORDS", coordinates, StringComparison.Ordinal), Encoding.UTF8, "application/geo+json");

    private static async Task<(int Status, string? ETag)> RevalidateAsync(StubSession session, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(session.Address, SharedGroup));
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var response = await session.SendAsync(request);
        return ((int)response.StatusCode, response.Headers.ETag?.Tag);
    }
}
