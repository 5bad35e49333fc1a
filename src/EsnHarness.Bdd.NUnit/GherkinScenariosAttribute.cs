using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;

namespace EsnHarness.Bdd.NUnit;

/// <summary>Turns every selected pickle of the fixture's features into one NUnit test case: name = pickle name (example rows
/// told apart), categories = tags without <c>@</c>, <c>@ignore</c> ignored. A feature that does not parse becomes a failing case.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class GherkinScenariosAttribute : NUnitAttribute, ITestBuilder, IImplyFixture
{
    private readonly NUnitTestCaseBuilder _builder = new();

    /// <inheritdoc />
    public IEnumerable<TestMethod> BuildFrom(IMethodInfo method, Test? suite)
    {
        var fixtureType = suite?.TypeInfo?.Type ?? method.TypeInfo.Type;
        Discovery discovery;
        try
        {
            discovery = new GherkinRunner().Discover(GherkinFeaturesAttribute.Of(fixtureType).ToOptions(fixtureType));
        }
        catch (Exception ex) when (ex is BddConfigurationException or InvalidOperationException)
        {
            var broken = new TestCaseParameters([null]) { TestName = "Gherkin discovery" };
            broken.RunState = RunState.NotRunnable;
            broken.Properties.Set(PropertyNames.SkipReason, ex.Message);
            return [_builder.BuildTestMethod(method, suite, broken)];
        }

        var duplicateNames = discovery.Pickles.GroupBy(p => p.DisplayName).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var tests = discovery.Pickles.Select(p => _builder.BuildTestMethod(method, suite, Parameters(p, duplicateNames.Contains(p.DisplayName)))).ToList();
        foreach (var problem in discovery.ParseErrors)
        {
            var broken = new TestCaseParameters([null]) { TestName = $"{problem.Uri} (does not parse)" };
            broken.RunState = RunState.NotRunnable;
            broken.Properties.Set(PropertyNames.SkipReason, problem.ToString());
            tests.Add(_builder.BuildTestMethod(method, suite, broken));
        }

        return tests;
    }

    private static TestCaseParameters Parameters(DiscoveredPickle pickle, bool addLocation)
    {
        var parameters = new TestCaseParameters([pickle])
        {
            TestName = addLocation ? $"{pickle.DisplayName} [{pickle.Location}]" : pickle.DisplayName,
        };
        foreach (var tag in pickle.Tags)
        {
            parameters.Properties.Add(PropertyNames.Category, tag.TrimStart('@'));
        }

        parameters.Properties.Set(PropertyNames.Description, pickle.Location);
        if (pickle.Tags.Any(t => t.Equals("@serial", StringComparison.OrdinalIgnoreCase) || t.StartsWith("@exclusive:", StringComparison.OrdinalIgnoreCase)))
        {
            // NUnit has no named exclusive resources: such scenarios run on their own, outside the parallel queue.
            parameters.Properties.Set(PropertyNames.ParallelScope, ParallelScope.None);
        }

        if (pickle.Tags.Contains("@ignore", StringComparer.OrdinalIgnoreCase))
        {
            parameters.RunState = RunState.Ignored;
            parameters.Properties.Set(PropertyNames.SkipReason, "tagged @ignore");
        }

        return parameters;
    }
}
