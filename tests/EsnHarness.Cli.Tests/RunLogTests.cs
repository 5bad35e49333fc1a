using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>Issue 13 item 5: esn run writes a log file beside its reports.</summary>
[TestFixture]
public sealed class RunLogTests
{
    private const string OnePassingOneFailing = """
        Feature: Logged
          @REQ-T-001 @must
          Scenario: first
            Given a passing step
          @REQ-T-002 @must
          Scenario: second
            Given a step that fails with "the floor was never granted"
        """;

    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliHarness();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public async Task Run_WithReports_LogBesideThemNamesTargetsScenariosReportsAndExitCode()
    {
        _cli.Write("features/logged.feature", OnePassingOneFailing);

        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(1), output + error);
        var log = File.ReadAllText(_cli.Path("out/esn-run.log"));
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain($"log      {_cli.Path("out/esn-run.log")}"));
            Assert.That(log, Does.Contain("profile reference"));
            Assert.That(log, Does.Contain("target mcx -> "));
            Assert.That(log, Does.Contain("scenario passed: features/logged.feature:3 first"));
            Assert.That(log, Does.Contain("scenario failed: features/logged.feature:6 second"));
            Assert.That(log, Does.Contain($"message report written to {_cli.Path("out/run.ndjson")}"));
            Assert.That(log, Does.Contain("run ended: 1 passed, 1 failed in").And.Contain("exit code 1"));
        });
    }

    [Test]
    public async Task Run_LogUnderAFile_ExitsTwoBeforeAnyScenarioNamingThePath()
    {
        _cli.Write("features/logged.feature", OnePassingOneFailing);
        _cli.Write("blocked", "a file where the log's folder would be");

        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--log", "blocked/run.log");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), output + error);
            Assert.That(error, Does.Contain("--log ").And.Contain("blocked"));
            Assert.That(output, Does.Not.Contain("scenario"));
        });
    }
}
