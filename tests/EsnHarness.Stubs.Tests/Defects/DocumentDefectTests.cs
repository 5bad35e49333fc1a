using System.Text;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Defects;

/// <summary>The GMS, CMS and AVL stubs' defects against the faithful ones.</summary>
public sealed class DocumentDefectTests : DefectFixture
{
    private const string FlonOps = "gms/org.openmobilealliance.groups/users/sip:gms@lfb.esn.gov.uk/FLON-OPS01";
    private const string Position = """{"type":"Feature","geometry":{"type":"Point","coordinates":[COORDS]},"properties":{"resource":"A241","time":"2026-11-23T15:00:00Z"}}""";

    [Test]
    [ShowsDefect("gms.document-changed-etag-kept")]
    public async Task GroupDocument_Fetched_DefectServesChangedContentUnderTheSameETag()
    {
        var (faithful, faulty) = await SessionsAsync("gms.document-changed-etag-kept");

        var before = await SendAsync(faithful, HttpMethod.Get, FlonOps);
        var after = await SendAsync(faulty, HttpMethod.Get, FlonOps);

        Assert.Multiple(() =>
        {
            Assert.That(after.ETag, Is.EqualTo(before.ETag).And.Not.Null, "the same entity tag");
            Assert.That(before.Body, Does.Not.Contain("lfb.a242.ff1"));
            Assert.That(after.Body, Does.Contain("sip:lfb.a242.ff1@lfb.esn.gov.uk"), "a member added");
            Assert.That(after.Body, Does.Contain("<mcpttgi:on-network-hang-timer>10<"), "the hang timer changed");
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
}
