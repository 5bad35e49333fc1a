using EsnHarness.Stubs.Esn;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Defects;

/// <summary>How defects are switched on: per session (embedded or through the gateway), host-wide, and checked.</summary>
public sealed class DefectSessionTests
{
    private const string Officer = "sip:pc-patel@mps.esn.gov.uk";

    [Test]
    public async Task OpenSession_WithDefect_ReportsItAndTheJournalNamesTheDefectMapping()
    {
        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder, new StubHostOptions { WarmSpare = false });
        await using var session = await host.OpenSessionAsync(["idms.token-for-revoked-user"]);

        await new IdmsStub(session).RequestTokenAsync("sip:mps.pc7734.lost@mps.esn.gov.uk");

        Assert.Multiple(() =>
        {
            Assert.That(session.Defects, Is.EqualTo(new[] { "idms.token-for-revoked-user" }));
            Assert.That(session.Received().Single().MappingTitle, Does.StartWith("idms.token-for-revoked-user: "));
        });
    }

    [Test]
    public async Task OpenSession_UnknownDefect_ArgumentExceptionNamingIt()
    {
        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder, new StubHostOptions { WarmSpare = false });

        var e = Assert.ThrowsAsync<ArgumentException>(() => host.OpenSessionAsync(["cad.lost-everything"]));

        Assert.That(e!.Message, Does.Contain("'cad.lost-everything'"));
    }

    [Test]
    public async Task HostWideDefect_EverySessionAndTheStandaloneServerHaveIt()
    {
        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder, new StubHostOptions { WarmSpare = false, Defects = ["idms.token-for-revoked-user"] });
        await using var session = await host.OpenSessionAsync(["kms.group-key-to-non-member"]);
        var idms = new IdmsStub(session);
        await idms.RevokeAsync(Officer);

        var issued = await idms.RequestTokenAsync(Officer);
        var standalone = await new IdmsStub(host.Standalone).RequestTokenAsync("sip:mps.pc7734.lost@mps.esn.gov.uk");

        Assert.Multiple(() =>
        {
            Assert.That(session.Defects, Is.EqualTo(new[] { "idms.token-for-revoked-user", "kms.group-key-to-non-member" }));
            Assert.That(host.Standalone.Defects, Is.EqualTo(new[] { "idms.token-for-revoked-user" }));
            Assert.That(issued.Issued, Is.True, issued.ToString());
            Assert.That(standalone.Issued, Is.True, standalone.ToString());
        });
    }

    [Test]
    public void HostWideDefect_Unknown_StubHostExceptionNamingIt()
    {
        var e = Assert.ThrowsAsync<StubHostException>(() => StubHost.StartAsync(RepositoryStubs.Folder, new StubHostOptions { Defects = ["gms.no-such-fault"] }));

        Assert.That(e!.Message, Does.Contain("unknown stub defect 'gms.no-such-fault'"));
    }

    [Test]
    public async Task RemoteSession_WithDefect_SwitchedOnInThatSessionOnly()
    {
        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder, new StubHostOptions { WarmSpare = false });
        await using var gateway = await StubGateway.StartAsync(host);
        using var client = new HttpClient { BaseAddress = gateway.Address, Timeout = TimeSpan.FromSeconds(20) };
        await using var faulty = await RemoteStubSession.OpenAsync(client, null, ["idms.token-for-revoked-user"]);
        await using var faithful = await RemoteStubSession.OpenAsync(client);

        var fromFaulty = await new IdmsStub(faulty).RequestTokenAsync("sip:mps.pc7734.lost@mps.esn.gov.uk");
        var fromFaithful = await new IdmsStub(faithful).RequestTokenAsync("sip:mps.pc7734.lost@mps.esn.gov.uk");

        Assert.Multiple(() =>
        {
            Assert.That(faulty.Defects, Is.EqualTo(new[] { "idms.token-for-revoked-user" }));
            Assert.That(faithful.Defects, Is.Empty);
            Assert.That(fromFaulty.Issued, Is.True, fromFaulty.ToString());
            Assert.That(fromFaithful.Issued, Is.False, fromFaithful.ToString());
        });
    }

    [Test]
    public async Task RemoteSession_UnknownDefect_ArgumentExceptionNamingIt()
    {
        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder, new StubHostOptions { WarmSpare = false });
        await using var gateway = await StubGateway.StartAsync(host);
        using var client = new HttpClient { BaseAddress = gateway.Address, Timeout = TimeSpan.FromSeconds(20) };

        var e = Assert.ThrowsAsync<ArgumentException>(() => RemoteStubSession.OpenAsync(client, null, ["avl.teleports"]));

        Assert.That(e!.Message, Does.Contain("unknown stub defect 'avl.teleports'"));
        Assert.That(gateway.OpenSessions, Is.Zero);
    }

    [TestCase("_defects/cad.nope/cad/x.json", "no stub defect is called 'cad.nope'")]
    [TestCase("_defects/cad.status-not-stored/avl/x.json", "belongs to the cad stub")]
    [TestCase("_defects/cad.status-not-stored/cad/x.json", "Title of a defect mapping starts with 'cad.status-not-stored: '")]
    public void Validate_MisplacedOrUntitledDefectMapping_NamesFileAndRule(string file, string problem)
    {
        using var stubs = new TempStubs();
        stubs.Write("cad/ok.json", """{ "Title": "ok", "Request": { "Path": "/cad/ok", "Methods": ["GET"] }, "Response": { "StatusCode": 204 } }""");
        stubs.Write(file, """{ "Title": "untitled", "Priority": -100, "Request": { "Path": "/cad/x", "Methods": ["GET"] }, "Response": { "StatusCode": 204 } }""");

        var problems = StubCatalog.Validate(stubs.Root);

        Assert.That(problems.Select(p => p.ToString()), Has.One.Contains(problem).And.One.Contains("_defects/"), string.Join("\n", problems));
    }

    [Test]
    public void Validate_DefectMappingWithNegativePriority_Valid()
    {
        using var stubs = new TempStubs();
        stubs.Write("cad/ok.json", """{ "Title": "ok", "Request": { "Path": "/cad/ok", "Methods": ["GET"] }, "Response": { "StatusCode": 204 } }""");
        stubs.Write("_defects/cad.status-not-stored/cad/x.json",
            """{ "Title": "cad.status-not-stored: x", "Priority": -100, "Request": { "Path": "/cad/x", "Methods": ["GET"] }, "Response": { "StatusCode": 204 } }""");

        Assert.That(StubCatalog.Validate(stubs.Root), Is.Empty);
        Assert.That(StubCatalog.Load(stubs.Root).Defects, Is.EqualTo(new[] { "cad.status-not-stored" }));
    }
}
