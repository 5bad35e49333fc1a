using EsnHarness.Bdd.NUnit;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.NUnitAdapter;

/// <summary>The adapter sample: every scenario of Features/Sample is an NUnit test case (try
/// <c>dotnet test --filter "TestCategory=smoke"</c>).</summary>
[GherkinFeatures("NUnitAdapter/Features/Sample", BindingTypes = [typeof(BasketBindings)])]
[Parallelizable(ParallelScope.Children)]
public sealed class SampleFeatures : GherkinTestFixture
{
    protected override void ConfigureRunContext(TestRunContext context) => context.Set(new RunPreparation());
}
