using System.Xml.Linq;
using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

[TestFixture]
public sealed class RunCommandTests
{
    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliHarness();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    private const string TwoPassing = """
        Feature: Passing
          @REQ-T-001 @must
          Scenario: first
            Given a passing step
          @REQ-T-002 @should
          Scenario: second
            Given a step that attaches "evidence"
        """;

    [Test]
    public async Task Run_AllPass_ExitsZeroAndWritesEveryReport()
    {
        _cli.Write("features/pass.feature", TwoPassing);

        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly,
            "--format", "message:out/run.ndjson", "--format", "junit:out/junit.xml", "--format", "html:out/doc.html");

        Assert.That(exitCode, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("2 scenarios (2 passed)"));
        var junit = XDocument.Load(_cli.Path("out/junit.xml"));
        Assert.That(junit.Descendants("testcase").Select(testCase => (string?)testCase.Attribute("name")), Is.EquivalentTo(new[] { "first", "second" }));
        Assert.That(File.ReadAllText(_cli.Path("out/doc.html")), Does.Contain("<html"));
        Assert.That(File.ReadLines(_cli.Path("out/run.ndjson")).Count(line => line.Contains("\"testCaseFinished\"", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public async Task Run_OutputRedirected_PlainProgressLinesNameScenarioAndExampleRowLines()
    {
        _cli.Write("features/outline.feature", """
            Feature: Lines
              @REQ-T-010 @must
              Scenario: plain
                Given a passing step

              @REQ-T-011 @must
              Scenario Outline: row <n>
                Given a passing step

                Examples:
                  | n |
                  | 1 |
                  | 2 |
            """);

        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--workers", "1", "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("passed    features/outline.feature:3  plain"));
        Assert.That(output, Does.Contain("passed    features/outline.feature:12  row 1"));
        Assert.That(output, Does.Contain("passed    features/outline.feature:13  row 2"));
    }

    [Test]
    public async Task Run_FailingScenario_ExitsOneAndSummaryNamesStepAndReason()
    {
        _cli.Write("features/fail.feature", """
            Feature: Failing
              @REQ-T-003 @must
              Scenario: broken radio
                Given a passing step
                Given a step that fails with "no floor grant within 300 ms"
            """);

        var (exitCode, output, _) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("FAILED features/fail.feature:3  broken radio"));
        Assert.That(output, Does.Contain("no floor grant within 300 ms"));
        Assert.That(output, Does.Contain("a step that fails with"));
    }

    [Test]
    public async Task Run_MalformedFeatureBesideGoodOnes_RunFailsWithTheParseErrorFirstInTheSummary()
    {
        _cli.Write("features/pass.feature", TwoPassing);
        _cli.Write("features/bad.feature", "Feature: Bad\n  Scenario: x\n    Given a passing step\n  Oops this is not gherkin\n");

        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly,
            "--format", "message:out/run.ndjson", "--format", "junit:out/junit.xml", "--format", "html:out/doc.html");

        Assert.That(exitCode, Is.EqualTo(1), output + error);
        var failing = XDocument.Load(_cli.Path("out/junit.xml")).Descendants("testcase").Single(c => (string?)c.Attribute("file") == "features/bad.feature");
        Assert.That(((int?)failing.Attribute("line"), failing.Element("failure")?.Attribute("type")?.Value), Is.EqualTo(((int?)4, "ParseError")));
        Assert.That(File.ReadAllText(_cli.Path("out/doc.html")), Does.Contain("\"parseErrors\":[{\"uri\":\"features/bad.feature\",\"line\":4"));
        var summary = output[output.IndexOf("1 feature file did not parse", StringComparison.Ordinal)..];
        Assert.That(summary, Does.Match(@"^1 feature file did not parse; its scenarios did not run:\n  PARSE ERROR features/bad\.feature:4:\d+: "));
        Assert.That(summary.IndexOf("PARSE ERROR", StringComparison.Ordinal), Is.LessThan(summary.IndexOf("2 scenarios (2 passed)", StringComparison.Ordinal)));
        Assert.That(output + error, Does.Not.Contain("   at "));
        Assert.That(File.ReadAllText(_cli.Path("out/run.ndjson")), Does.Contain("\"parseError\""));
    }

    [Test]
    public async Task Run_OnlyMalformedFeatures_ExitsTwoNothingCouldRun()
    {
        _cli.Write("features/bad.feature", "Feature: Bad\n  Scenario: x\n    Given a passing step\n  Oops this is not gherkin\n");

        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(2), output + error);
        Assert.That(error, Does.Match(@"^esn: features/bad\.feature:4:\d+: .*\nesn: nothing could run: 1 feature file did not parse and no other scenario was selected\n$"));
        Assert.That(File.Exists(_cli.Path("out/run.ndjson")), Is.False);
    }

    [Test]
    public async Task Run_UndefinedStepsInSeveralScenarios_EachListedOnceWithClosestStepsAndSnippet()
    {
        _cli.Write("features/undefined.feature", """
            Feature: Undefined
              @REQ-T-020 @must
              Scenario: one
                Given a passing step
                Given a step that is not written yet
                Given a pasing step

              @REQ-T-021 @must
              Scenario: two
                Given a step that is not written yet
            """);

        var (exitCode, output, _) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("Undefined steps (2, each listed once):"));
        Assert.That(output, Does.Contain("  Given a step that is not written yet   (features/undefined.feature:3, features/undefined.feature:9)"));
        Assert.That(output, Does.Contain("  Given a pasing step   (features/undefined.feature:3)\n      Did you mean:\n        Given a passing step\n      Or add a step definition such as:\n      [Given(\"a pasing step\")]"));
        Assert.That(output.Split('\n').Count(line => line.Contains("[Given(\"a step that is not written yet\")]", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [TestCase("--tags", "@a and", "invalid tag expression '@a and'")]
    [TestCase("--format", "xml:out.xml", "unknown format 'xml'")]
    [TestCase("--shard", "5/4", "shard '5/4' must be i/n")]
    [TestCase("--features", "nowhere", "--features 'nowhere': no such file or folder")]
    public async Task Run_BadInput_ExitsTwoWithOneLine(string option, string value, string expected)
    {
        _cli.Write("features/pass.feature", TwoPassing);

        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, option, value);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain(expected));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(output, Does.Not.Contain("scenarios ("));
    }

    [Test]
    public async Task Run_ProfileWithMissingCertificate_ExitsTwoBeforeAnyScenario()
    {
        _cli.Write("features/pass.feature", TwoPassing);
        _cli.Write("esn.json", """{ "profiles": { "agency": { "roles": { "mcx": { "url": "https://127.0.0.1:1", "tls": { "caBundle": "missing.pem" } } } } } }""");

        var (exitCode, output, error) = await _cli.RunAsync("run", "--profile", "agency", "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("profile 'agency': mcx: CA bundle file 'missing.pem' does not exist"));
        Assert.That(File.Exists(_cli.Path("out/run.ndjson")), Is.False);
    }

    [Test]
    public async Task Run_SecretInFailureAndAttachment_RedactedEverywhere()
    {
        const string secret = "Pa55-word-for-CAD";
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        _cli.Environment["ESN_CAD_URL"] = $"http://127.0.0.1:{port}";
        _cli.Environment["ESN_CAD_USERNAME"] = "harness";
        _cli.Environment["ESN_CAD_PASSWORD"] = secret;
        _cli.Write("features/leak.feature", $$"""
            Feature: Leaky
              @REQ-T-009 @must
              Scenario: a step prints a secret
                Given a step that attaches "login {{secret}}"
                Given a step that fails with "rejected password {{secret}}"
            """);

        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly,
            "--format", "message:out/run.ndjson", "--format", "junit:out/junit.xml", "--format", "html:out/doc.html");

        Assert.That(exitCode, Is.EqualTo(1));
        foreach (var text in new[] { output, error, File.ReadAllText(_cli.Path("out/run.ndjson")), File.ReadAllText(_cli.Path("out/junit.xml")), File.ReadAllText(_cli.Path("out/doc.html")) })
        {
            Assert.That(text, Does.Not.Contain(secret));
        }

        Assert.That(File.ReadAllText(_cli.Path("out/run.ndjson")), Does.Contain("rejected password ***"));
    }
}
