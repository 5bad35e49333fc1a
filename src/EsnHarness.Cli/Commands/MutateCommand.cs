using System.CommandLine;
using EsnHarness.Cli.Internal;
using EsnHarness.Cli.Internal.Mutation;

namespace EsnHarness.Cli.Commands;

/// <summary><c>esn mutate</c>: proves the catalogue catches faults: the kill matrix of the reference defects.</summary>
internal static class MutateCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("mutate", "Run the selection once clean and once per reference defect (esn defects lists them) against the scenarios that can reach it, and write the kill matrix; exit 0 only when the clean run passes, every defect is caught and every scenario catches one.");
        var options = new RunOptionSet();
        options.AddTo(command, selectionOnly: true);
        command.Options.Add(options.Profile);
        command.Options.Add(options.Endpoint);
        command.Options.Add(options.Workers);
        command.Options.Add(options.MeasuredAtOnce);
        command.Options.Add(options.Defect);
        var passes = new Option<int>("--passes") { Description = "Defect passes run side by side on the functional scenarios (default 8), each --workers scenarios at once; the measured scenarios follow, --measured-at-once at a time (default 12 here).", DefaultValueFactory = _ => DefaultPasses };
        var output = new Option<string>("--output", "-o") { Description = "The kill matrix (JSON); default artifacts/mutation.json.", DefaultValueFactory = _ => "artifacts/mutation.json" };
        var everyScenario = new Option<bool>("--every-scenario") { Description = "Run each defect against every scenario that passed the clean pass, not only those that reached it (slow: to check that the reach leaves out no scenario that catches; catches outside the reach are listed)." };
        command.Options.Add(passes);
        command.Options.Add(output);
        command.Options.Add(everyScenario);
        command.SetAction((parse, cancellationToken) =>
        {
            var run = options.Read(parse, console);
            var atOnce = parse.GetValue(passes);
            if (atOnce < 1)
            {
                throw new UsageException($"--passes {atOnce}: must be at least 1");
            }

            var request = new MutateRequest(run, run.Defects ?? [], atOnce, parse.GetValue(output)!, parse.GetValue(everyScenario));
            return new MutationJob(console, request).RunAsync(cancellationToken);
        });
        return command;
    }

    /// <summary>Defect passes side by side unless --passes says otherwise: 8, since a catch must reproduce with the defect
    /// (a load failure rarely does twice at the same step) and the run mostly waits on modelled time (docs/defects-and-mutation.md).</summary>
    public const int DefaultPasses = 8;
}
