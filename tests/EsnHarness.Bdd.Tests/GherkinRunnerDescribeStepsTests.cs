using EsnHarness.Bdd.Tests.Bindings;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class GherkinRunnerDescribeStepsTests
{
    [Test]
    public void DescribeSteps_Bindings_GlossaryWithExamplesChecked()
    {
        var steps = new GherkinRunner().DescribeSteps(new GherkinRunOptions { BindingTypes = [typeof(GlossaryBindings)] });

        Assert.That(steps, Is.EqualTo(new[]
        {
            new StepDefinitionInfo("Given", "{int} officers are on duty", false, "EsnHarness.Bdd.Tests.Bindings.GlossaryBindings.OnDuty(Int32)", "Sets the shift size", "4 officers are on duty", true),
            new StepDefinitionInfo("Then", @"^the call lasts (\d+) s$", true, "EsnHarness.Bdd.Tests.Bindings.GlossaryBindings.Lasts(Int32)", null, "the call lasts long", false),
            new StepDefinitionInfo("*", "anything goes", false, "EsnHarness.Bdd.Tests.Bindings.GlossaryBindings.Anything()", null, null, null),
        }));
    }
}
