using EsnHarness.Stubs.Esn;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Defects;

/// <summary>The IdMS and KMS stubs' defects against the faithful ones.</summary>
public sealed class IdentityDefectTests : DefectFixture
{
    private const string Officer = "sip:pc-patel@mps.esn.gov.uk";
    private const string FireFighter = "sip:ff-jones@lfb.esn.gov.uk";

    [Test]
    [ShowsDefect("idms.token-for-revoked-user")]
    public async Task TokenRequest_RevokedUser_FaithfulRefusesDefectIssues()
    {
        var (faithful, faulty) = await SessionsAsync("idms.token-for-revoked-user");
        var results = new List<TokenResult>();
        foreach (var session in new[] { faithful, faulty })
        {
            var idms = new IdmsStub(session);
            await idms.RevokeAsync(Officer);
            results.Add(await idms.RequestTokenAsync(Officer));
        }

        Assert.Multiple(() =>
        {
            Assert.That(results[0].Issued, Is.False, results[0].ToString());
            Assert.That(results[0].Error, Is.EqualTo("invalid_grant"));
            Assert.That(results[1].Issued, Is.True, results[1].ToString());
            Assert.That(results[1].McpttId, Is.EqualTo(Officer));
        });
    }

    [Test]
    [ShowsDefect("idms.introspection-active-after-revocation")]
    public async Task Introspection_TokenOfRevokedUser_FaithfulInactiveDefectActive()
    {
        var (faithful, faulty) = await SessionsAsync("idms.introspection-active-after-revocation");
        var owners = new List<string?>();
        foreach (var session in new[] { faithful, faulty })
        {
            var idms = new IdmsStub(session);
            var token = (await idms.RequestTokenAsync(Officer)).AccessToken!;
            await idms.RevokeAsync(Officer);
            owners.Add(await idms.IntrospectAsync(token));
        }

        Assert.That(owners, Is.EqualTo(new[] { null, Officer }));
    }

    [Test]
    [ShowsDefect("kms.group-key-to-non-member")]
    public async Task GroupKey_NonMember_FaithfulRefusesDefectServesTheKey()
    {
        var (faithful, faulty) = await SessionsAsync("kms.group-key-to-non-member");
        var results = new List<GroupKeyResult>();
        foreach (var session in new[] { faithful, faulty })
        {
            var kms = new KmsStub(session);
            await kms.PublishGroupAsync("MPS-CW-OPS1", [Officer]);
            results.Add(await kms.RequestGroupKeyAsync(FireFighter, "MPS-CW-OPS1"));
        }

        Assert.Multiple(() =>
        {
            Assert.That(results[0].StatusCode, Is.EqualTo(403), results[0].ToString());
            Assert.That(results[0].Provisioned, Is.False);
            Assert.That(results[1].StatusCode, Is.EqualTo(200), results[1].ToString());
            Assert.That(results[1].Provisioned, Is.True);
            Assert.That(results[1].GroupUri, Is.EqualTo("MPS-CW-OPS1"));
        });
    }

    [Test]
    [ShowsDefect("kms.group-key-not-provisioned")]
    public async Task GroupKey_Member_FaithfulServesTheKeyDefectRefusesIt()
    {
        var (faithful, faulty) = await SessionsAsync("kms.group-key-not-provisioned");
        var members = new List<GroupKeyResult>();
        var outsiders = new List<GroupKeyResult>();
        foreach (var session in new[] { faithful, faulty })
        {
            var kms = new KmsStub(session);
            await kms.PublishGroupAsync("MPS-CW-OPS1", [Officer]);
            members.Add(await kms.RequestGroupKeyAsync(Officer, "MPS-CW-OPS1"));
            outsiders.Add(await kms.RequestGroupKeyAsync(FireFighter, "MPS-CW-OPS1"));
        }

        Assert.Multiple(() =>
        {
            Assert.That(members[0].Provisioned, Is.True, members[0].ToString());
            Assert.That(members[0].GroupUri, Is.EqualTo("MPS-CW-OPS1"));
            Assert.That(members[1].Provisioned, Is.False, members[1].ToString());
            Assert.That(members[1].StatusCode, Is.EqualTo(403));
            Assert.That(members[1].Error, Is.EqualTo("not-a-member"));
            Assert.That(outsiders.Select(o => o.StatusCode), Is.EqualTo(new[] { 403, 403 }), "a non-member is refused either way");
        });
    }
}
