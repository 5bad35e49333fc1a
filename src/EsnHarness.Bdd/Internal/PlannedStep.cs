using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>One test step of a test case: a scenario hook, or a pickle step with its matching step definitions (and advice when none matches).</summary>
internal sealed record PlannedStep(string Id, HookBinding? Hook, Messages.PickleStep? PickleStep, string? Keyword, IReadOnlyList<StepMatch> Matches, UndefinedStepAdvice? Advice)
{
    public string Describe() => Hook is not null
        ? $"{(Hook.Kind == HookKind.BeforeScenario ? "Before" : "After")} hook {Hook.DisplayName}"
        : $"{Keyword}{PickleStep!.Text}";
}
