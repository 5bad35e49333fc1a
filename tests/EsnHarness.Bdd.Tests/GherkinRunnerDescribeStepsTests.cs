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

    [Test]
    public void DescribeParameterTypes_CustomTypes_WithTheirCSharpTypeAndTheValuesTheExamplesGive()
    {
        var types = new GherkinRunner().DescribeParameterTypes(new GherkinRunOptions { BindingTypes = [typeof(PeopleBindings)] });

        Assert.That(types.Select(t => (t.Name, t.Type, string.Join(", ", t.Examples))), Is.EqualTo(new[]
        {
            ("person", "Person", "\"PC Patel\""),
            ("team", "Team", "\"Blue Watch\""),
        }), "{people} is defined but no expression uses it, so the glossary leaves it out");
        Assert.That(types[0].Regexps, Is.EqualTo(new[] { "\"[^\"]+\"" }));
    }
}
