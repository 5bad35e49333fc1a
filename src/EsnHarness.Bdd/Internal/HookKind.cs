namespace EsnHarness.Bdd.Internal;

internal enum HookKind
{
    BeforeTestRun,
    AfterTestRun,
    BeforeFeature,
    AfterFeature,
    BeforeScenario,
    AfterScenario,
    BeforeStep,
    AfterStep,
}
