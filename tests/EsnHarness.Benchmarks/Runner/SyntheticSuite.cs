using System.Text;

namespace EsnHarness.Benchmarks.Runner;

/// <summary>
/// Writes the synthetic suite: N scenarios of 5 trivial steps, 50 per feature file, plus cucumber-js step definitions and
/// the suite's own esn.json. Without it esn would find the repository's esn.json above the work folder and treat the
/// synthetic files as a selection from the ESN catalogue: it would parse the catalogue's 54 files too and write their
/// documents into the NDJSON as not selected, work cucumber-js is not asked to do.
/// </summary>
internal static class SyntheticSuite
{
    public static void Write(string folder, int scenarios)
    {
        var features = Path.Combine(folder, "features");
        Directory.CreateDirectory(Path.Combine(features, "step_definitions"));
        for (var file = 0; file * 50 < scenarios; file++)
        {
            var text = new StringBuilder($"Feature: Synthetic {file}\n\n");
            for (var i = file * 50; i < Math.Min(scenarios, (file + 1) * 50); i++)
            {
                text.Append($"  @bench @n{i % 7}\n  Scenario: scenario {i}\n    Given a counter starting at {i}\n    When I add 1\n    And I add 2\n    And I add the word abc\n    Then the counter is {i + 6}\n\n");
            }

            File.WriteAllText(Path.Combine(features, $"synthetic_{file:D3}.feature"), text.ToString());
        }

        File.WriteAllText(Path.Combine(folder, "esn.json"), """{ "features": ["features"] }""");
        File.WriteAllText(Path.Combine(features, "step_definitions", "steps.js"), """
            const { Given, When, Then } = require('@cucumber/cucumber');
            Given('a counter starting at {int}', function (value) { this.total = value; });
            When('I add {int}', function (value) { this.total += value; });
            When('I add the word {word}', function (word) { this.total += word.length; });
            Then('the counter is {int}', function (expected) { if (this.total !== expected) throw new Error(`counter is ${this.total}, expected ${expected}`); });
            """);
    }
}
