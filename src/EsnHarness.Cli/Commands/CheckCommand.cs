using System.CommandLine;
using EsnHarness.Bdd;
using EsnHarness.Cli.Internal;

namespace EsnHarness.Cli.Commands;

/// <summary>
/// <c>esn check</c>: the catalogue's own hygiene. Fails (exit 1) when a scenario lacks a requirement ID or a priority tag,
/// two scenarios share an ID, its agency tags differ from the agencies that take part in it, it cites no source clause (nor
/// <c>@london-assumption</c>), or a step is undefined or ambiguous (found by a dry run that executes nothing). Prints, per
/// agency, the share of scenarios that are <c>@must</c> requirements with that agency taking part.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("check", "Check the catalogue: every scenario has a unique @REQ- ID, a priority (@must/@should/@could), the agency tags of exactly the agencies taking part, and a source clause or @london-assumption; every step matches exactly one definition.");
        var options = new RunOptionSet();
        options.AddTo(command, selectionOnly: true);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = options.Read(parse, console) with { DryRun = true };
            var settings = HarnessContext.LoadSettings(console, request.Config);
            var collector = new EnvelopeCollector();
            var runOptions = new RunSelection(console, request, settings).Options(workers: 1, defaultTags: false);
            if (new GherkinRunner().Discover(runOptions).SelectionProblems is { Count: > 0 } lines)
            {
                throw new UsageException(lines.Select(problem => problem.ToString()).ToList());
            }

            var summary = await new GherkinRunner().RunAsync(runOptions, [collector], new TestRunContext(), cancellationToken);
            if (summary.ParseErrors.Count > 0)
            {
                throw new UsageException(summary.ParseErrors.Select(problem => problem.ToString()).ToList());
            }

            var vocabulary = ReportVocabulary.Of(settings);
            var index = new DryRunIndex(collector.Envelopes);
            var problems = CatalogueRules.Check(index, summary, vocabulary);
            foreach (var problem in problems)
            {
                await console.Output.WriteLineAsync(problem);
            }

            foreach (var line in AgencyShare.Lines(index, vocabulary))
            {
                await console.Output.WriteLineAsync(line);
            }

            var scenarios = Plural.Of(summary.Results.Count, "scenario");
            await console.Output.WriteLineAsync(problems.Count == 0
                ? $"esn check: {scenarios}: every one has a unique requirement ID, a priority, the agency tags of the agencies taking part and a source clause (or @london-assumption), and every step is defined once"
                : $"esn check: {Plural.Of(problems.Count, "problem")} in {scenarios}");
            return problems.Count == 0 ? ExitCodes.Passed : ExitCodes.NotPassed;
        });
        return command;
    }
}
