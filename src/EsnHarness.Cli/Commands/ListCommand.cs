using System.CommandLine;
using EsnHarness.Bdd;
using EsnHarness.Cli.Internal;

namespace EsnHarness.Cli.Commands;

/// <summary><c>esn list</c>: one line per selected pickle, <c>uri:line&lt;TAB&gt;name&lt;TAB&gt;tags</c>.</summary>
internal static class ListCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("list", "List the selected scenarios, one per line: uri:line<TAB>name<TAB>tags. Exit 2 if a feature file does not parse or a FILE:LINE selects nothing.");
        var options = new RunOptionSet();
        options.AddTo(command, selectionOnly: true);
        command.SetAction(async (parse, _) =>
        {
            var request = options.Read(parse, console);
            var settings = HarnessContext.LoadSettings(console, request.Config);
            var discovery = new GherkinRunner().Discover(new RunSelection(console, request, settings).Options(workers: 1));
            if (discovery.SelectionProblems.Count > 0)
            {
                throw new UsageException(discovery.SelectionProblems.Select(problem => problem.ToString()).ToList());
            }

            foreach (var pickle in discovery.Pickles)
            {
                await console.Output.WriteLineAsync($"{pickle.Location}\t{pickle.DisplayName}\t{string.Join(' ', pickle.Tags)}");
            }

            return discovery.ParseErrors.Count == 0
                ? ExitCodes.Passed
                : throw new UsageException(discovery.ParseErrors.Select(problem => problem.ToString()).ToList());
        });
        return command;
    }
}
