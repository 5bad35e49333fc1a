using System.Xml.Linq;
using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>
/// Issue 15 item 3: Ctrl+C (SIGINT) or SIGTERM to a real <c>esn run</c>: no new scenario starts, the running ones finish
/// their clean-up, the summary and every report are written from what ran, and the exit code is 128 + the signal.
/// </summary>
[TestFixture]
public sealed class InterruptionTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);
    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliHarness();

        // Two workers: "quick" passes (its progress line is the cue to signal) while "stuck" runs; "queued" is @serial, so
        // it cannot start beside "stuck" and is still waiting when the signal arrives.
        _cli.Write("features/long.feature", """
            Feature: Long
              @REQ-T-001 @must @cleanup
              Scenario: stuck
                Given a step that runs until the run is stopped
                Given a passing step

              @REQ-T-002 @must @cleanup
              Scenario: quick
                Given a passing step

              @REQ-T-003 @must @serial
              Scenario: queued
                Given a passing step
            """);
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [TestCase("INT", 130, "SIGINT")]
    [TestCase("TERM", 143, "SIGTERM")]
    public async Task Run_Signal_CleanUpRunsEveryReportIsWrittenAndExitCodeIsTheSignals(string signal, int expectedExit, string name)
    {
        await using var esn = CliProcess.Start(_cli.Folder, "run", "--bindings", CliHarness.BindingsAssembly, "--workers", "2",
            "--format", "message:out/run.ndjson", "--format", "junit:out/junit.xml", "--format", "html:out/doc.html");
        await esn.WaitForLineAsync(line => line.Contains("passed    features/long.feature:8  quick", StringComparison.Ordinal), Deadline);

        await esn.SignalAsync(signal);
        var exitCode = await esn.WaitForExitAsync(Deadline);

        Assert.That(exitCode, Is.EqualTo(expectedExit), esn.Output);
        Assert.That(esn.Output, Does.Contain($"esn: {name}: stopping; no new scenario starts"));
        Assert.That(esn.Output, Does.Contain("3 scenarios (1 passed, 1 interrupted, 1 not run)"));
        Assert.That(esn.Output, Does.Contain("INTERRUPTED features/long.feature:3  stuck"));
        Assert.That(esn.Output, Does.Contain($"Stopped by {name}: no new scenario started; 1 interrupted scenario ran its clean-up; 1 selected scenario did not run."));
        Assert.That(esn.Output, Does.Not.Contain("   at "), "no stack trace");

        var messages = File.ReadAllLines(_cli.Path("out/run.ndjson"));
        Assert.That(messages[^1], Does.Contain("\"testRunFinished\""));
        Assert.That(messages.Count(line => line.Contains("clean-up ran with a live token", StringComparison.Ordinal)), Is.EqualTo(2), "quick and stuck cleaned up");
        Assert.That(messages.Count(line => line.Contains("Interrupted: the run was stopped while this step was running.", StringComparison.Ordinal)), Is.EqualTo(1));
        var cases = XDocument.Load(_cli.Path("out/junit.xml")).Descendants("testcase").ToDictionary(c => (string)c.Attribute("name")!);
        Assert.That(cases.Keys, Is.EquivalentTo(new[] { "quick", "stuck", "queued" }));
        Assert.That(cases["stuck"].Element("failure")?.Attribute("message")?.Value, Does.Contain("Interrupted"));
        Assert.That(cases["queued"].Element("skipped")?.Attribute("message")?.Value, Is.EqualTo("Scenario was not run"));
        Assert.That(File.ReadAllText(_cli.Path("out/doc.html")), Does.Contain("queued"));
    }
}
