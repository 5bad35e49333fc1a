using System.Text.Json.Nodes;
using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>
/// <c>esn run</c> with a profile whose controlRoom role is the embedded reference web console: the control-room steps drive its
/// screen in Debian's Chromium through a console map. End to end, in a real browser.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class WebConsoleRunTests
{
    private const string Feature = """
        Feature: Talker on the screen
          Background:
            Given these users are logged on:
              | user     | agency | place   |
              | PC Patel | MPS    | Brixton |
            And "MetCC Dispatcher Ward" is a dispatcher at MetCC
            And the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward" and "PC Patel"
            And the members of "MPS-LX-OPS1" are affiliated

          @REQ-T-WEB-001 @must
          Scenario: MetCC sees the talker
            When "PC Patel" starts a group call on "MPS-LX-OPS1"
            Then the MetCC console shows "PC Patel" talking on "MPS-LX-OPS1"
        """;

    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliHarness();
        _cli.Write("features/talker.feature", Feature);
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public async Task Run_ReferenceMap_ControlRoomStepPassesThroughTheScreen()
    {
        WriteSettings(map: null);

        var (exitCode, output, error) = await _cli.RunAsync("run", "--profile", "web", "--format", "message:out/run.ndjson");

        Assert.That(exitCode, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("1 scenario (1 passed)"));
    }

    [Test]
    public async Task Run_WrongTalkerLocator_FailsWithOneLineNamingTheMapEntryAndAttachesScreenAndTrace()
    {
        var map = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "console-map.json")))!;
        map["locators"]!["talker"] = JsonNode.Parse("""{ "role": "status", "name": "Speaker on {group}", "exact": true }""");
        _cli.Write("wrong-map.json", map.ToJsonString());
        WriteSettings(map: "wrong-map.json");

        var (exitCode, output, error) = await _cli.RunAsync("run", "--profile", "web", "--format", "message:out/run.ndjson", "--format", "html:out/doc.html");

        var failure = output.Split('\n').Where(line => line.Contains("Expected the MetCC console to show", StringComparison.Ordinal)).ToList();
        var envelopes = File.ReadLines(_cli.Path("out/run.ndjson")).Select(line => JsonNode.Parse(line)!).ToList();
        var failedStep = envelopes.Select(e => e["testStepFinished"]).First(f => (string?)f?["testStepResult"]?["status"] == "FAILED")!;
        var attachments = envelopes.Select(e => e["attachment"]).OfType<JsonNode>().Where(a => (string?)a["testStepId"] == (string?)failedStep["testStepId"]).ToList();
        var png = attachments.Single(a => (string?)a["mediaType"] == "image/png");
        var bytes = Convert.FromBase64String((string)png["body"]!);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output + error);
            Assert.That(failure, Has.Count.EqualTo(1), output);
            Assert.That(failure[0], Does.Contain("wrong-map.json: talker (role=status name=\"Speaker on MPS-LX-OPS1\" (exact)) found nothing on the console at http://127.0.0.1:"));
            Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG");
            Assert.That(attachments.Count(a => (string?)a["mediaType"] == "application/zip" && ((string?)a["fileName"])!.EndsWith("playwright-trace.zip", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(File.ReadAllText(_cli.Path("out/doc.html")), Does.Contain("\"m\":\"image/png\",\"fn\":\"metcc-dispatcher-ward-console.png\",\"img\":\"iVBORw0KGgo"), "the living doc shows the screenshot inline");
        });
    }

    [Test]
    public async Task Run_TwoScenariosOneAfterTheOther_SecondSeatsAtTheKeptConsoleAndItsFailureStillHasScreenAndTrace()
    {
        _cli.Write("features/talker.feature", Feature + """


              @REQ-T-WEB-002 @must
              Scenario: MetCC sees the talker again
                When "PC Patel" starts a group call on "MPS-LX-OPS1"
                Then the MetCC console shows "PC Patel" talking on "MPS-LX-OPS1"
            """);
        var map = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "console-map.json")))!;
        map["locators"]!["talker"] = JsonNode.Parse("""{ "role": "status", "name": "Speaker on {group}", "exact": true }""");
        _cli.Write("wrong-map.json", map.ToJsonString());
        WriteSettings(map: "wrong-map.json");

        var (exitCode, output, error) = await _cli.RunAsync("run", "--profile", "web", "--workers", "1", "--format", "message:out/run.ndjson");

        var consoles = output.Split('\n').Where(line => line.Contains("Expected the MetCC console to show", StringComparison.Ordinal))
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"on the console at (http://127\.0\.0\.1:\d+/)").Groups[1].Value).ToList();
        var envelopes = File.ReadLines(_cli.Path("out/run.ndjson")).Select(line => JsonNode.Parse(line)!).ToList();
        var failedSteps = envelopes.Select(e => e["testStepFinished"]).OfType<JsonNode>().Where(f => (string?)f["testStepResult"]?["status"] == "FAILED")
            .Select(f => (string?)f["testStepId"]).ToList();
        var attachments = envelopes.Select(e => e["attachment"]).OfType<JsonNode>().ToList();
        int Count(string? step, string mediaType) => attachments.Count(a => (string?)a["testStepId"] == step && (string?)a["mediaType"] == mediaType);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output + error);
            Assert.That(consoles, Has.Count.EqualTo(2), output);
            Assert.That(consoles.Distinct().Count(), Is.EqualTo(1), "the second scenario's dispatcher sits at the console the first one left: " + string.Join(", ", consoles));
            Assert.That(failedSteps, Has.Count.EqualTo(2));
            Assert.That(failedSteps.Select(step => Count(step, "image/png")), Is.All.EqualTo(1), "each failing step has its screen");
            Assert.That(failedSteps.Select(step => Count(step, "application/zip")), Is.All.EqualTo(1), "each failing step has its own trace");
        });
    }

    private void WriteSettings(string? map)
    {
        var stubs = Path.Combine(Repository.Root, "stubs").Replace("\\", "/", StringComparison.Ordinal);
        var web = map is null ? """{ "web": "embedded" }""" : $$"""{ "web": "embedded", "map": "{{map}}" }""";
        _cli.Write("esn.json", $$"""
            {
              "features": ["features"],
              "stubs": "{{stubs}}",
              "formats": [],
              "profiles": { "web": { "roles": { "controlRoom": {{web}} } } }
            }
            """);
    }
}
