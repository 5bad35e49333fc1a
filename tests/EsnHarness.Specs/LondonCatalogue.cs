using EsnHarness.Bdd.NUnit;
using EsnHarness.Steps;
using EsnHarness.Steps.Bindings;
using EsnHarness.Steps.Stubs;
using NUnit.Framework;

namespace EsnHarness.Specs;

/// <summary>
/// The London ESN requirement catalogue (features/ at the repository root) as NUnit tests: one test per pickle,
/// run in parallel against the embedded reference profile (EnvironmentHooks starts the simulators and stubs).
/// BaseDirectory climbs from bin/&lt;configuration&gt;/&lt;tfm&gt; to the folder holding EsnHarness.sln, so pickle
/// URIs read "features/voice/..." exactly as with `esn run`. The binding types are the step library's
/// (the adapter takes types, not an assembly, when the bindings live outside the test assembly).
/// </summary>
[GherkinFeatures(
    "features",
    BaseDirectory = "../../../../..",
    BindingTypes =
    [
        typeof(EnvironmentHooks), typeof(ParameterTypes), typeof(SetupSteps), typeof(FloorSteps), typeof(CallSteps),
        typeof(MessagingSteps), typeof(StatusSteps), typeof(EmergencySteps), typeof(KpiSteps), typeof(RefusalSteps),
        typeof(ControlRoomSteps), typeof(CadSteps), typeof(CoverageSteps), typeof(ResilienceSteps), typeof(LocationSteps),
        typeof(SecuritySteps), typeof(InteropSteps), typeof(DataLimitSteps), typeof(StubSteps), typeof(IdentityStubSteps), typeof(CadStubSteps),
    ])]
[Parallelizable(ParallelScope.Children)]
public sealed class LondonCatalogue : GherkinTestFixture;
