using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>
/// Issue 15 item 5, runner side: a failing built-in step says what happened in the catalogue's words; the raw protocol
/// detail (gRPC status names, protobuf events) is the step's "diagnostics" attachment, not the message.
/// </summary>
[TestFixture]
public sealed class FailureWordingTests
{
    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliHarness();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public async Task Run_MissedEventAndUnjudgedRefusal_DomainWordsInTheSummaryRawDetailInDiagnostics()
    {
        _cli.Write("features/wording.feature", """
            Feature: Wording
              Background:
                Given these users are logged on:
                  | user               | agency | place             |
                  | Watch Manager Cole | LFB    | Soho fire station |
                  | FF Jones           | LFB    | Soho fire station |
                And the LFB group "FLON-OPS01" with members "Watch Manager Cole" and "FF Jones"

              @REQ-T-030 @must
              Scenario: a message that never comes
                Given the members of "FLON-OPS01" are affiliated
                Then "FF Jones" receives the SDS "VRM LX19 ABC" within 200 ms

              @REQ-T-031 @must
              Scenario: a press nobody judged
                When "FF Jones" presses PTT on "FLON-OPS01"
            """);

        var (exitCode, output, error) = await _cli.RunAsync("run", "--config", Path.Combine(Repository.Root, "esn.json"),
            "--features", _cli.Path("features/wording.feature"), "--format", "message:" + _cli.Path("out/run.ndjson"));

        Assert.That(exitCode, Is.EqualTo(1), output + error);
        Assert.That(output, Does.Match(@"Last events at FF Jones's terminal:\n +\d\d:\d\d:\d\d\.\d{3} FF Jones: registered at soho-fire-station\n +\d\d:\d\d:\d\d\.\d{3} FF Jones: affiliated to FLON-OPS01\n"));
        Assert.That(output, Does.Contain("A step was refused and no step checked it: ESN refused to press PTT for \"FF Jones\" on \"FLON-OPS01\": "));
        Assert.That(output, Does.Not.Contain("\"deviceId\"").And.Not.Contain("FailedPrecondition"), "no protobuf JSON or gRPC status in the summary");
        var messages = File.ReadAllLines(_cli.Path("out/run.ndjson"));
        var events = messages.Where(line => line.Contains("\"fileName\":\"ff-jones-events.json\"", StringComparison.Ordinal)).ToList();
        Assert.That(events, Has.Count.EqualTo(1), "the terminal's raw events, attached to the step that waited");
        Assert.That(events[0], Does.Contain("\\\"deviceId\\\": \\\"ff-jones\\\""));
        var diagnostics = messages.Where(line => line.Contains("\"fileName\":\"diagnostics\"", StringComparison.Ordinal)).ToList();
        Assert.That(diagnostics, Has.Count.EqualTo(1), "the refusal's gRPC status");
        Assert.That(diagnostics[0], Does.Contain("status FailedPrecondition: "));
    }
}
