using EsnHarness.Bdd.Tests.Bindings;
using EsnHarness.Bdd.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class StepArgumentTests
{
    private FeatureWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new FeatureWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task RunAsync_TypedArguments_ConvertedByParameterTypesTransformationsAndEnums()
    {
        _workspace.Write("args.feature", """"
            Feature: Arguments
              Scenario: All kinds
                Given talkgroup LFB-42 is affiliated
                And the Fire service is on duty
                And the price is £12.50
                And 3 radios are ready
                And 2 units wait 1.5 seconds
                And a value task step
                And the message:
                  ```json
                  {"a": 1}
                  ```
                And the plain message:
                  """
                  hello
                  """
                And these units:
                  | callsign | crew |
                  | A1       | 2    |
                  | B2       | 3    |
                And the unit of LAS:
                  | callsign | A7        |
                  | crew     | 2         |
                  | agency   | Ambulance |
            """");
        var context = new TestRunContext();
        var recorder = new Recorder();
        context.Set(recorder);

        var (summary, _) = await _workspace.RunAsync(_workspace.Options(typeof(ArgumentBindings)), context);

        Assert.That(summary.ParseErrors, Is.Empty);
        Assert.That(summary.Failures, Is.Empty, () => summary.Failures[0].Message ?? string.Empty);
        Assert.That(recorder.Events, Is.EqualTo(new[]
        {
            "talkgroup LFB/42",
            "agency Fire",
            "transform money",
            "price 12.50",
            "radios 3",
            "wait 2 1.5",
            "value task",
            "doc json:{\"a\": 1}",
            "plain hello",
            "units A1,B2",
            "unit of LAS: Unit { Callsign = A7, Crew = 2, Agency = Ambulance }",
        }));
    }

    [Test]
    public async Task RunAsync_EnumValueNotDefined_StepIsUndefined()
    {
        _workspace.Write("args.feature", "Feature: F\n  Scenario: S\n    Given the Navy service is on duty\n");
        var context = new TestRunContext();
        context.Set(new Recorder());

        var (summary, _) = await _workspace.RunAsync(_workspace.Options(typeof(ArgumentBindings)), context);

        Assert.That(summary.Results.Single().Status, Is.EqualTo(ScenarioStatus.Undefined));
    }

    [Test]
    public async Task RunAsync_TableWhereStepTakesNone_FailsNamingTheMethod()
    {
        _workspace.Write("args.feature", "Feature: F\n  Scenario: S\n    Given a value task step\n      | a |\n");
        var context = new TestRunContext();
        context.Set(new Recorder());

        var (summary, _) = await _workspace.RunAsync(_workspace.Options(typeof(ArgumentBindings)), context);

        Assert.That(summary.Results.Single().Status, Is.EqualTo(ScenarioStatus.Failed));
        Assert.That(summary.Results.Single().Message, Does.Contain("has a data table but EsnHarness.Bdd.Tests.Bindings.ArgumentBindings.ValueTaskStep() has no parameter for it"));
    }
}
