using EsnHarness.Stubs.Esn;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Esn;

/// <summary>The IdMS introspection endpoint the MCX service checks tokens at, and the KMS's group keys for members only.</summary>
public sealed class IdentityAndGroupKeyTests : StubFixture
{
    private const string Crew = "sip:las.rru43@las.esn.gov.uk";
    private const string Colleague = "sip:las.e271@las.esn.gov.uk";

    [Test]
    public async Task Introspect_TokenTheIdmsIssued_ActiveForThatUser()
    {
        var idms = new IdmsStub(Session);
        var token = (await idms.RequestTokenAsync(Crew)).AccessToken!;

        Assert.That(await idms.IntrospectAsync(token), Is.EqualTo(Crew));
    }

    [TestCase("forged")]
    [TestCase("esn-at-00000000-0000-0000-0000-000000000000")]
    public async Task Introspect_TokenNeverIssued_Inactive(string token) =>
        Assert.That(await new IdmsStub(Session).IntrospectAsync(token), Is.Null);

    [Test]
    public async Task IdmsRevoke_TokensAlreadyIssued_InactiveForThatUserOnly()
    {
        var idms = new IdmsStub(Session);
        var crewToken = (await idms.RequestTokenAsync(Crew)).AccessToken!;
        var colleagueToken = (await idms.RequestTokenAsync(Colleague)).AccessToken!;

        await idms.RevokeAsync(Crew);

        Assert.Multiple(async () =>
        {
            Assert.That(await idms.IntrospectAsync(crewToken), Is.Null);
            Assert.That(await idms.IntrospectAsync(colleagueToken), Is.EqualTo(Colleague));
        });
    }

    [Test]
    public async Task RequestGroupKey_PublishedMembers_SameGmkForEachMember()
    {
        var kms = new KmsStub(Session);
        await kms.PublishGroupAsync("LAS-SE-SECTOR", [Crew, Colleague]);

        var crew = await kms.RequestGroupKeyAsync(Crew, "LAS-SE-SECTOR");
        var colleague = await kms.RequestGroupKeyAsync(Colleague, "LAS-SE-SECTOR");

        Assert.Multiple(() =>
        {
            Assert.That(crew.Provisioned, Is.True, crew.ToString());
            Assert.That(crew.GroupUri, Is.EqualTo("LAS-SE-SECTOR"));
            Assert.That(colleague.GmkId, Is.EqualTo(crew.GmkId));
        });
    }

    [Test]
    public async Task RequestGroupKey_NonMemberOrOtherGroup_RefusedNotAMember()
    {
        var kms = new KmsStub(Session);
        await kms.PublishGroupAsync("LAS-SE-SECTOR", [Crew]);

        var outsider = await kms.RequestGroupKeyAsync("sip:lfb.jones@lfb.esn.gov.uk", "LAS-SE-SECTOR");
        var otherGroup = await kms.RequestGroupKeyAsync(Crew, "LAS-HAIL");

        Assert.Multiple(() =>
        {
            Assert.That(outsider.Provisioned, Is.False);
            Assert.That(outsider.StatusCode, Is.EqualTo(403));
            Assert.That(outsider.Error, Is.EqualTo("not-a-member"));
            Assert.That(otherGroup.Error, Is.EqualTo("not-a-member"));
        });
    }

    [Test]
    public async Task RequestGroupKey_RevokedMember_RefusedRevoked()
    {
        var kms = new KmsStub(Session);
        await kms.PublishGroupAsync("LAS-SE-SECTOR", [Crew]);

        await kms.RevokeAsync(Crew);
        var result = await kms.RequestGroupKeyAsync(Crew, "LAS-SE-SECTOR");

        Assert.That(result.Provisioned, Is.False);
        Assert.That(result.Error, Is.EqualTo("revoked"));
    }
}
