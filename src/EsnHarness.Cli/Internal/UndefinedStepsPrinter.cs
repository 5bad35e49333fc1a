using EsnHarness.Bdd;
using EsnHarness.Targets;

namespace EsnHarness.Cli.Internal;

/// <summary>Every undefined step of a run, once, with where it is used, the closest existing steps and a snippet.</summary>
internal sealed class UndefinedStepsPrinter(TextWriter output, Redactor redactor)
{
    private const int Places = 3;
    private static readonly string[] Keywords = ["Given ", "When ", "Then ", "And ", "But ", "* "];

    public async Task PrintAsync(IReadOnlyList<ScenarioResult> results)
    {
        var undefined = results
            .SelectMany(result => (result.Steps ?? []).Where(step => step.Status == ScenarioStatus.Undefined).Select(step => (Step: step, result.Pickle)))
            .GroupBy(x => WithoutKeyword(x.Step.Text), StringComparer.Ordinal)
            .ToList();
        if (undefined.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync($"Undefined steps ({undefined.Count}, each listed once):");
        foreach (var step in undefined)
        {
            var places = step.Select(x => x.Pickle.Location).Distinct(StringComparer.Ordinal).ToList();
            var more = places.Count > Places ? $" and {places.Count - Places} more" : string.Empty;
            await output.WriteLineAsync(redactor.Redact($"  {step.First().Step.Text}   ({string.Join(", ", places.Take(Places))}{more})"));
            foreach (var line in (step.First().Step.Message ?? string.Empty).Split('\n').Skip(1))
            {
                await output.WriteLineAsync(redactor.Redact($"      {line.TrimEnd()}"));
            }
        }
    }

    /// <summary>The step's text without its Given/When/Then/And/But: the same step whatever keyword introduces it.</summary>
    public static string WithoutKeyword(string text) =>
        Keywords.FirstOrDefault(keyword => text.StartsWith(keyword, StringComparison.Ordinal)) is { } keyword ? text[keyword.Length..] : text;
}
