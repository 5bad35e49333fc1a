using EsnHarness.Bdd.Tests.Bindings;
using EsnHarness.Bdd.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class NdjsonEnvelopeSinkTests
{
    private FeatureWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new FeatureWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task Write_Run_OneJsonObjectPerLineInConsumerOrderWithSchemaSpelling()
    {
        _workspace.Write("n.feature", "Feature: N\n  Scenario: S\n    Given a passing outcome step\n    And nothing matches this\n");
        using var text = new StringWriter();

        await new GherkinRunner().RunAsync(_workspace.Options(typeof(OutcomeBindings)), [new NdjsonEnvelopeSink(text)]);

        var lines = text.ToString().TrimEnd('\n').Split('\n');
        var kinds = lines.Select(l => NdjsonSerializer.Deserialize(l)).ToList().Kinds();
        Assert.That(kinds, Is.EqualTo(new[]
        {
            "meta", "source", "gherkinDocument", "pickle", "stepDefinition", "stepDefinition", "stepDefinition", "stepDefinition", "stepDefinition",
            "testRunStarted", "testCase", "testCaseStarted", "testStepStarted", "testStepFinished", "testStepStarted", "suggestion", "testStepFinished",
            "testCaseFinished", "testRunFinished",
        }));
        Assert.That(lines[1], Does.Contain("\"mediaType\":\"text/x.cucumber.gherkin+plain\""));
        Assert.That(lines[2], Does.Contain("\"keywordType\":\"Context\""));
        Assert.That(lines[13], Does.Contain("\"testStepResult\":{\"duration\":{\"seconds\":0,").Or.Contain("\"status\":\"PASSED\""));
        Assert.That(lines[16], Does.Contain("\"status\":\"UNDEFINED\""));
        Assert.That(lines[13], Does.Not.Contain("null"));
        Assert.That(lines[^1], Does.Contain("\"success\":false"));
    }

    [Test]
    public void Serialize_RoundTrip_KeepsEnvelope()
    {
        var line = "{\"testStepFinished\":{\"testCaseStartedId\":\"8\",\"testStepId\":\"7\",\"testStepResult\":{\"duration\":{\"seconds\":0,\"nanos\":1000000},\"status\":\"PASSED\"},\"timestamp\":{\"seconds\":3,\"nanos\":0}}}";

        var envelope = NdjsonSerializer.Deserialize(line);

        Assert.That(envelope.TestStepFinished.TestStepResult.Status, Is.EqualTo(Io.Cucumber.Messages.Types.TestStepResultStatus.PASSED));
        Assert.That(NdjsonSerializer.Serialize(envelope), Is.EqualTo(line));
    }

    [Test]
    public async Task RunAsync_MalformedFile_ParseErrorEnvelopeAndNotPassedWhileOthersRun()
    {
        _workspace.Write("a.feature", "Feature: A\n  Scenario: S\n    Given a passing outcome step\n");
        _workspace.Write("b.feature", "Feature: B\n  Scenario: S\n    Given x\n  nonsense here\n");

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(OutcomeBindings)));

        Assert.That(summary.Results.Single().Status, Is.EqualTo(ScenarioStatus.Passed));
        Assert.That(summary.Success, Is.False);
        Assert.That(summary.ParseErrors.Single().ToString(), Does.StartWith("b.feature:4:3: expected:"));
        var parseError = envelopes.Select(e => e.ParseError).Single(p => p is not null);
        Assert.That(parseError.Source.Uri, Is.EqualTo("b.feature"));
        Assert.That(parseError.Source.Location.Line, Is.EqualTo(4));
        Assert.That(envelopes[^1].TestRunFinished.Success, Is.False);
    }

    [Test]
    public async Task ToFile_Run_WritesNdjsonFileInNewFolder()
    {
        _workspace.Write("n.feature", "Feature: N\n  Scenario: S\n    Given a passing outcome step\n");
        var path = Path.Combine(_workspace.Root, "out", "run.ndjson");

        using (var sink = NdjsonEnvelopeSink.ToFile(path))
        {
            await new GherkinRunner().RunAsync(_workspace.Options(typeof(OutcomeBindings)) with { FeaturePaths = ["n.feature"] }, [sink]);
        }

        var lines = await File.ReadAllLinesAsync(path);
        Assert.That(lines[0], Does.StartWith("{\"meta\":"));
        Assert.That(NdjsonSerializer.Deserialize(lines[^1]).TestRunFinished.Success, Is.True);
    }
}
