using System.Xml.Linq;
using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>Issue 15 item 3: every report path is checked before the first scenario; a report that still fails later loses nothing else.</summary>
[TestFixture]
public sealed class ResultsKeptTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);
    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliHarness();
        _cli.Write("features/pass.feature", "Feature: Pass\n  @REQ-T-001 @must\n  Scenario: works\n    Given a passing step\n");
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public async Task Run_HtmlPathUnderARegularFile_ProcessExitsTwoBeforeAnyScenarioWithOneLineNamingThePath()
    {
        _cli.Write("out", "a file where a folder should be");
        await using var esn = CliProcess.Start(_cli.Folder, "run", "--bindings", CliHarness.BindingsAssembly,
            "--format", "message:results/run.ndjson", "--format", "html:out/doc.html");

        var exitCode = await esn.WaitForExitAsync(Deadline);

        Assert.That(exitCode, Is.EqualTo(2), esn.Output);
        Assert.That(esn.Output.Trim(), Is.EqualTo($"esn: --format html:{_cli.Path("out/doc.html")}: cannot make the folder {_cli.Path("out")}: {_cli.Path("out")} is a file"));
        Assert.That(File.Exists(_cli.Path("results/run.ndjson")), Is.False, "no scenario ran");
    }

    [Test]
    public async Task Run_TwoFormatsOneFile_ExitsTwo()
    {
        var (exitCode, _, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--format", "junit:out/r.xml", "--format", "html:out/r.xml");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain($"--format: junit and html would both write {_cli.Path("out/r.xml")}"));
    }

    [Test]
    public async Task Run_HtmlFolderTakenAwayMidRun_OtherReportsWrittenAndTheTempMessagesKeptAndNamed()
    {
        Directory.CreateDirectory(_cli.Path("html"));
        _cli.Write("features/pass.feature", $$"""
            Feature: Pass
              @REQ-T-001 @must
              Scenario: works, then takes the report folder away
                Given a passing step
                Given the folder "{{_cli.Path("html")}}" is replaced by a file
            """);

        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--format", "junit:out/junit.xml", "--format", "html:html/doc.html");

        Assert.That(exitCode, Is.EqualTo(1), "the results are not all where they were asked for");
        Assert.That(output, Does.Contain("1 scenario (1 passed)"));
        Assert.That(output, Does.Contain($"html     NOT WRITTEN to {_cli.Path("html/doc.html")}"));
        Assert.That(XDocument.Load(_cli.Path("out/junit.xml")).Descendants("testcase").Count(), Is.EqualTo(1), "the other report is written");
        var line = error.Trim();
        Assert.That(line.Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(line, Does.Match(@"^esn: the html report could not be written to .*/html/doc\.html; the results are in (/\S+\.ndjson) \(esn report html --from \S+ -o FILE makes it again\)$"));
        var kept = System.Text.RegularExpressions.Regex.Match(line, @"the results are in (\S+\.ndjson)").Groups[1].Value;
        Assert.That(File.ReadAllText(kept), Does.Contain("\"testRunFinished\""), "the messages were kept");
        File.Delete(kept);
    }

    [Test]
    public async Task ReportHtml_OutputUnderARegularFile_ExitsTwoNamingThePath()
    {
        var (ran, _, _) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--format", "message:out/run.ndjson");
        _cli.Write("taken", "a file");

        var (exitCode, _, error) = await _cli.RunAsync("report", "html", "--from", "out/run.ndjson", "-o", "taken/doc.html");

        Assert.That(ran, Is.Zero);
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error.Trim(), Is.EqualTo($"esn: --output {_cli.Path("taken/doc.html")}: cannot make the folder {_cli.Path("taken")}: {_cli.Path("taken")} is a file"));
    }
}
