using EsnHarness.Bdd.NUnit;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.NUnitAdapter;

/// <summary>A fixture whose scenario fails on purpose; <see cref="NUnitAdapterTests"/> drives it to check the failure text.</summary>
[GherkinFeatures("NUnitAdapter/Features/FailingDemo", BindingTypes = [typeof(BasketBindings)])]
[Explicit("fails on purpose; driven by NUnitAdapterTests")]
public sealed class FailingDemoFeatures : GherkinTestFixture
{
    protected override void ConfigureRunContext(TestRunContext context) => context.Set(new RunPreparation());
}
