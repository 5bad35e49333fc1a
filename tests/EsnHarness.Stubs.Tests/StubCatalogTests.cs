using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests;

public sealed class StubCatalogTests
{
    private const string Valid = """
        {
          "Title": "CAD: ping",
          "Request": { "Path": "/cad/ping", "Methods": ["GET"] },
          "Response": { "StatusCode": 200, "Headers": { "Content-Type": "text/plain" }, "Body": "pong" }
        }
        """;

    [Test]
    public void Validate_RepositoryStubs_NoProblems()
    {
        var problems = StubCatalog.Validate(RepositoryStubs.Folder);

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void Load_RepositoryStubs_EveryEndpointFolderWithTitledMappings()
    {
        var catalog = StubCatalog.Load(RepositoryStubs.Folder);

        Assert.Multiple(() =>
        {
            Assert.That(catalog.Endpoints, Is.EqualTo(new[] { "avl", "cad", "cms", "gms", "idms", "kms" }));
            Assert.That(catalog.Mappings.Select(m => m.Title), Is.All.Not.Empty);
            Assert.That(catalog.Mappings.Select(m => m.Title), Is.Unique);
            Assert.That(catalog.Mappings, Has.Count.EqualTo(Directory.GetFiles(RepositoryStubs.Folder, "*.json", SearchOption.AllDirectories)
                .Count(f => !Path.GetRelativePath(RepositoryStubs.Folder, f).StartsWith("_defects", StringComparison.Ordinal))));
        });
    }

    [Test]
    public void Validate_InvalidJson_NamesFileLineAndReason()
    {
        using var stubs = new TempStubs();
        stubs.Write("cad/broken.json", "{\n  \"Title\": \"x\",\n  \"Request\": { \"Path\": \"/cad/x\" \n  \"Response\": {}\n}");

        var problem = StubCatalog.Validate(stubs.Root).Single();

        Assert.That(problem.ToString(), Does.Match(@"/cad/broken\.json:4:\d+: invalid JSON: "));
        Assert.That(problem.ToString(), Does.Not.Contain("\n"));
    }

    [TestCase("{ \"Title\": \"t\", \"Reqest\": { \"Path\": \"/cad/x\" }, \"Response\": {} }", "unknown field 'Reqest' in the mapping")]
    [TestCase("{ \"Request\": { \"Path\": \"/cad/x\" }, \"Response\": { \"StatusCode\": 204 } }", "Title is missing")]
    [TestCase("{ \"Title\": \"t\", \"Request\": { \"Path\": \"/idms/token\" }, \"Response\": { \"StatusCode\": 204 } }", "Request.Path '/idms/token' is outside /cad/")]
    [TestCase("{ \"Title\": \"t\", \"Request\": { \"Path\": \"/cad/x\" }, \"Response\": { \"Body\": \"hi\" } }", "no Content-Type header")]
    [TestCase("{ \"Title\": \"t\", \"Priority\": -1, \"Request\": { \"Path\": \"/cad/x\" }, \"Response\": { \"StatusCode\": 204 } }", "negative priorities are reserved")]
    [TestCase("{ \"Title\": \"t\", \"WhenStateIs\": \"a\", \"Request\": { \"Path\": \"/cad/x\" }, \"Response\": { \"StatusCode\": 204 } }", "need a Scenario name")]
    [TestCase("[ { \"Title\": \"t\" } ]", "one mapping per file")]
    [TestCase("{ \"Title\": \"t\", \"Request\": { \"Path\": \"/cad/x\", \"Body\": { \"Matcher\": { \"Name\": \"NoSuchMatcher\", \"Pattern\": \"a\" } } }, \"Response\": { \"StatusCode\": 204 } }", "WireMock rejects the mapping: Matcher 'NoSuchMatcher' is not supported")]
    public void Validate_BrokenMapping_OneLineNamingFileAndReason(string json, string reason)
    {
        using var stubs = new TempStubs();
        stubs.Write("cad/ok.json", Valid);
        stubs.Write("cad/bad.json", json);

        var problems = StubCatalog.Validate(stubs.Root);

        Assert.That(problems, Has.Count.EqualTo(1), string.Join("\n", problems));
        Assert.That(problems[0].File, Does.EndWith("/cad/bad.json"));
        Assert.That(problems[0].Message, Does.Contain(reason));
        Assert.That(problems[0].ToString(), Does.Not.Contain("\n"));
    }

    [Test]
    public void Validate_FileAtTopLevelAndDuplicateTitle_ListsEveryProblem()
    {
        using var stubs = new TempStubs();
        stubs.Write("loose.json", Valid);
        stubs.Write("cad/a.json", Valid);
        stubs.Write("cad/b.json", Valid);

        var problems = StubCatalog.Validate(stubs.Root).Select(p => p.ToString()).ToList();

        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems, Has.One.Match(@"loose\.json: a mapping must sit in an endpoint folder"));
        Assert.That(problems, Has.One.Match(@"cad/b\.json: Title 'CAD: ping' is already used by .*cad/a\.json"));
    }

    [Test]
    public void Load_BrokenMapping_ThrowsWithFirstProblemAndCount()
    {
        using var stubs = new TempStubs();
        stubs.Write("cad/a.json", "{");
        stubs.Write("cad/b.json", "{ \"Title\": \"t\" }");

        var error = Assert.Throws<StubMappingException>(() => StubCatalog.Load(stubs.Root))!;

        Assert.That(error.Problems, Has.Count.GreaterThanOrEqualTo(2));
        var more = error.Problems.Count - 1;
        Assert.That(error.Message, Does.Contain("cad/a.json").And.Contain($"(and {more} more problem{(more == 1 ? string.Empty : "s")};"));
    }

    [Test]
    public void Validate_MissingFolder_SaysSo()
    {
        var problems = StubCatalog.Validate(Path.Combine(Path.GetTempPath(), "no-such-stubs-" + Guid.NewGuid().ToString("N")));

        Assert.That(problems.Single().Message, Is.EqualTo("stubs folder not found"));
    }
}
