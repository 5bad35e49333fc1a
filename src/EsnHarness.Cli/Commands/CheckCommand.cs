using System.CommandLine;
using EsnHarness.Bdd;
using EsnHarness.Cli.Internal;

namespace EsnHarness.Cli.Commands;

/// <summary>
/// <c>esn check</c>: the catalogue's own hygiene. Fails (exit 1) when a scenario lacks a requirement ID or a priority tag,
/// two scenarios share an ID, or a step is undefined or ambiguous (found by a dry run that executes nothing).
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("check", "Check the catalogue: every scenario has a unique @REQ- ID and a priority (@must/@should/@could), and every step matches exactly one definition.");
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

            var problems = CatalogueRules.Check(collector.Envelopes, summary, ReportVocabulary.Of(settings));
            foreach (var problem in problems)
            {
                await console.Output.WriteLineAsync(problem);
            }

            var scenarios = Plural.Of(summary.Results.Count, "scenario");
            await console.Output.WriteLineAsync(problems.Count == 0
                ? $"esn check: {scenarios}: every one has a unique requirement ID and a priority, and every step is defined once"
                : $"esn check: {Plural.Of(problems.Count, "problem")} in {scenarios}");
            return problems.Count == 0 ? ExitCodes.Passed : ExitCodes.NotPassed;
        });
        return command;
    }
}
