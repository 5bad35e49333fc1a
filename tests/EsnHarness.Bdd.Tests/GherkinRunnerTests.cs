using EsnHarness.Bdd.Tests.Bindings;
using EsnHarness.Bdd.Tests.Support;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class GherkinRunnerTests
{
    private FeatureWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new FeatureWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task RunAsync_PassingAndFailingScenarios_ReportsEachWithFailingStep()
    {
        _workspace.Write("calc.feature", """
            Feature: Calculator
              Scenario: Add two numbers
                Given I have entered 50 into the calculator
                And I have entered 70 into the calculator
                When I press add
                Then the result should be 120 on the screen

              Scenario: Wrong sum
                Given I have entered 1 into the calculator
                When I press add
                Then the result should be 3 on the screen
                And the result should be 1 on the screen
            """);

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(CalculatorBindings)));

        Assert.That(summary.Results.Select(r => (r.Pickle.Name, r.Status)), Is.EqualTo(new[] { ("Add two numbers", ScenarioStatus.Passed), ("Wrong sum", ScenarioStatus.Failed) }));
        Assert.That(summary.Failures[0].FailedStep, Is.EqualTo("Then the result should be 3 on the screen"));
        Assert.That(summary.Failures[0].Message, Is.EqualTo("expected 3 but the screen shows 1"));
        Assert.That(envelopes.StepStatuses("Wrong sum"), Is.EqualTo(new[] { TestStepResultStatus.PASSED, TestStepResultStatus.PASSED, TestStepResultStatus.FAILED, TestStepResultStatus.SKIPPED }));
        Assert.That(summary.Success, Is.False);
    }
}
