using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>Issue 15 item 2: a run that selects nothing says why (exit 2), unless --allow-empty; a subset says what it is.</summary>
[TestFixture]
public sealed class SelectionTests
{
    private const string Catalogue = """
        Feature: Calls
          @REQ-T-001 @must @LAS
          Scenario: ambulance call
            Given a passing step

          @REQ-T-002 @should @MPS
          Scenario: police call
            Given a passing step
        """;

    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliHarness();
        _cli.Write("features/calls.feature", Catalogue);
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public async Task Run_LineThatIsAStep_ExitsTwoNamingWhereScenariosStartAndWritesNothing()
    {
        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--features", "features/calls.feature:4", "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(2), output + error);
        Assert.That(error.Trim(), Is.EqualTo("esn: features/calls.feature:4 is a step of the scenario at line 3; scenarios start at lines 3 and 7"));
        Assert.That(File.Exists(_cli.Path("out/run.ndjson")), Is.False, "nothing ran, so no earlier report is overwritten");
    }

    [Test]
    public async Task Run_TagsMatchNothing_ExitsTwoSayingWhichFilterLeftNothing()
    {
        var (exitCode, _, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--tags", "@LFB", "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error.Trim(), Is.EqualTo("esn: no scenario selected: the tag expression \"@LFB\" matches none of the 2 scenarios in features; --allow-empty lets a run of nothing pass"));
    }

    [Test]
    public async Task Run_NameMatchesNothingAfterTags_ExitsTwoNamingTheNameFilter()
    {
        var (exitCode, _, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--tags", "@LAS", "--name", "police", "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no scenario selected: --name /police/ matches none of the 1 scenario the tags select"));
    }

    [Test]
    public async Task Run_AllowEmpty_ExitsZeroWritesEveryReportAndSaysNothingWasSelected()
    {
        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--tags", "@LFB", "--allow-empty",
            "--format", "message:out/run.ndjson", "--format", "junit:out/junit.xml", "--format", "html:out/doc.html");

        Assert.That(exitCode, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("Selected: 0 of 2 scenarios (from features; tags \"@LFB\")"));
        Assert.That(output, Does.Contain("0 scenarios (none run)"));
        Assert.That(File.Exists(_cli.Path("out/run.ndjson")) && File.Exists(_cli.Path("out/junit.xml")) && File.Exists(_cli.Path("out/doc.html")), Is.True);
    }

    [Test]
    public async Task Run_Subset_SummaryAndMessagesRecordTheSelection()
    {
        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--tags", "@LAS", "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("Selected: 1 of 2 scenarios (from features; tags \"@LAS\"); the living doc shows the other 1 as not run"));
        Assert.That(output, Does.Contain("1 scenario (1 passed)"));
        var messages = File.ReadAllText(_cli.Path("out/run.ndjson"));
        Assert.That(messages, Does.Contain("\\\"selection\\\":{\\\"features\\\":[\\\"features\\\"],\\\"tags\\\":\\\"@LAS\\\",\\\"tagsFrom\\\":\\\"command line\\\"}"));
        Assert.That(messages.Split('\n').Count(line => line.StartsWith("{\"pickle\"", StringComparison.Ordinal)), Is.EqualTo(1), "only the selected scenario is a pickle");
    }

    [Test]
    public async Task Run_OneLineOfOneFile_ReportsCarryTheWholeCatalogueWithTheRestNotSelected()
    {
        _cli.Write("features/other/more.feature", "Feature: More\n  @REQ-T-003 @must @LFB\n  Scenario: fire call\n    Given a passing step\n");

        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--features", "features/calls.feature:3",
            "--format", "message:out/run.ndjson", "--format", "junit:out/junit.xml", "--format", "html:out/doc.html");

        Assert.That(exitCode, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("Selected: 1 of 3 scenarios (from features/calls.feature; lines features/calls.feature:3); the living doc shows the other 2 as not run"));
        var messages = File.ReadAllLines(_cli.Path("out/run.ndjson"));
        Assert.That(messages.Count(line => line.StartsWith("{\"gherkinDocument\"", StringComparison.Ordinal)), Is.EqualTo(2), "every catalogue file's document");
        Assert.That(messages.Count(line => line.StartsWith("{\"pickle\"", StringComparison.Ordinal)), Is.EqualTo(1), "only the selected pickle");
        Assert.That(System.Xml.Linq.XDocument.Load(_cli.Path("out/junit.xml")).Descendants("testcase").Count(), Is.EqualTo(1));
        var html = File.ReadAllText(_cli.Path("out/doc.html"));
        Assert.That(System.Text.RegularExpressions.Regex.Count(html, "\"ns\":true"), Is.EqualTo(2), "the living doc lists the two others as not selected");
        Assert.That(html, Does.Contain("\"selection\":\"from features/calls.feature; lines features/calls.feature:3\""));
    }

    [Test]
    public async Task Run_EmptyShard_ExitsTwoSayingTheShardHoldsNone()
    {
        _cli.Write("features/calls.feature", "Feature: One\n  @REQ-T-001 @must\n  Scenario: only\n    Given a passing step\n");
        var results = new List<(int ExitCode, string Error)>();
        foreach (var shard in new[] { "1/2", "2/2" })
        {
            var (exitCode, _, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--shard", shard, "--format", "message:out/run.ndjson");
            results.Add((exitCode, error));
        }

        Assert.That(results.Select(r => r.ExitCode).Order(), Is.EqualTo(new[] { 0, 2 }));
        Assert.That(results.Single(r => r.ExitCode == 2).Error, Does.Match(@"no scenario selected: shard [12]/2 holds none of the 1 selected scenario;"));
    }

    [TestCase("0", 0)]
    [TestCase("-1", 2)]
    public async Task Run_Workers_ZeroMeansOnePerProcessorAsInEsnJson(string workers, int expected)
    {
        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--workers", workers, "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(expected), output + error);
        Assert.That(error, expected == 0 ? Is.Empty : Does.Contain("--workers -1: must be a whole number, 0 or more (0 = one per processor)"));
    }

    [TestCase(null, "2 scenario(s) selected, 3 at a time")]
    [TestCase("5", "2 scenario(s) selected, 5 at a time")]
    public async Task Run_ProfileWithWorkers_ItsCountUnlessTheCommandLineSays(string? workers, string expected)
    {
        _cli.Write("esn.json", """{ "workers": 16, "profiles": { "screens": { "workers": 3, "roles": {} } } }""");
        string[] run = ["run", "--bindings", CliHarness.BindingsAssembly, "--profile", "screens", "--format", "message:out/run.ndjson"];

        var (exitCode, output, error) = await _cli.RunAsync(workers is null ? run : [.. run, "--workers", workers]);

        Assert.That(exitCode, Is.EqualTo(0), output + error);
        Assert.That(File.ReadAllText(_cli.Path("out/esn-run.log")), Does.Contain(expected));
    }

    [TestCase("0", 0)]
    [TestCase("-1", 2)]
    public async Task Run_WorkersInEsnJson_SameRuleAsTheCommandLine(string workers, int expected)
    {
        _cli.Write("esn.json", $$"""{ "workers": {{workers}} }""");

        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(expected), output + error);
        Assert.That(error, expected == 0 ? Is.Empty : Does.Contain("workers").And.Contain("0 or more (0 = one per processor)"));
    }

    [Test]
    public async Task List_LineThatIsAStep_ExitsTwoAsRunDoes()
    {
        var (exitCode, _, error) = await _cli.RunAsync("list", "--bindings", CliHarness.BindingsAssembly, "--features", "features/calls.feature:8");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("features/calls.feature:8 is a step of the scenario at line 7"));
    }
}
