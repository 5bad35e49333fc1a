using System.Reflection;
using EsnHarness.Bdd.NUnit;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace EsnHarness.Bdd.Tests.NUnitAdapter;

public sealed class NUnitAdapterTests
{
    [Test]
    public void BuildFrom_SampleFeatures_OneCasePerPickleWithTagCategoriesAndIgnore()
    {
        var method = new MethodWrapper(typeof(SampleFeatures), typeof(SampleFeatures).GetMethod(nameof(GherkinTestFixture.Scenario))!);

        var tests = new GherkinScenariosAttribute().BuildFrom(method, null).ToList();

        Assert.That(tests.Select(t => t.Name), Is.EqualTo(new[]
        {
            "Adding items",
            "Discounts by quantity (row 1: count=1, total=1.00)",
            "Discounts by quantity (row 1: count=10, total=9.00)",
            "Items from a table",
            "The run was prepared once",
            "Not ready",
        }));
        var smoke = tests.Where(t => t.Properties[PropertyNames.Category].Contains("smoke")).Select(t => t.Name);
        Assert.That(smoke, Is.EqualTo(new[] { "Adding items", "Discounts by quantity (row 1: count=1, total=1.00)" }));
        Assert.That(tests.All(t => t.Properties[PropertyNames.Category].Contains("shop")), Is.True);
        Assert.That(tests.Single(t => t.Name == "Not ready").RunState, Is.EqualTo(RunState.Ignored));
    }

    [Test]
    public async Task Scenario_FailingStep_FailsWithGherkinStepAndReason()
    {
        var fixture = new FailingDemoFeatures();
        await fixture.StartGherkinSessionAsync();
        var pickle = new GherkinRunner().Discover(typeof(FailingDemoFeatures).GetCustomAttribute<GherkinFeaturesAttribute>()!.ToOptions(typeof(FailingDemoFeatures))).Pickles.Single();

        var failure = Assert.ThrowsAsync<AssertionException>(() => fixture.Scenario(pickle));
        await fixture.FinishGherkinSessionAsync();

        Assert.That(failure!.Message, Does.Contain("NUnitAdapter/Features/FailingDemo/failing.feature:4: Then the basket total is 5.00"));
        Assert.That(failure.Message, Does.Contain("Expected: 5m"));
    }

    [Test]
    public void ToOptions_BaseDirectory_ResolvedFromAssemblyFolder()
    {
        var attribute = new GherkinFeaturesAttribute("features") { BaseDirectory = "..", Tags = "@smoke" };

        var options = attribute.ToOptions(typeof(SampleFeatures));

        var assemblyFolder = Path.GetDirectoryName(typeof(SampleFeatures).Assembly.Location)!;
        Assert.That(options.BaseDirectory, Is.EqualTo(Path.GetFullPath("..", assemblyFolder)));
        Assert.That(options.FeaturePaths, Is.EqualTo(new[] { "features" }));
        Assert.That(options.Tags, Is.EqualTo("@smoke"));
        Assert.That(options.BindingAssemblies, Is.EqualTo(new[] { typeof(SampleFeatures).Assembly }));
    }
}
