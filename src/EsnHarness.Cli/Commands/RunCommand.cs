using System.CommandLine;
using EsnHarness.Cli.Internal;

namespace EsnHarness.Cli.Commands;

/// <summary><c>esn run</c>: runs the catalogue (or the features given) against the profile's targets and writes the reports.</summary>
internal static class RunCommand
{
    public static Command Create(CliConsole console, Interruption interruption)
    {
        var command = new Command("run", "Run the requirement catalogue against the reference simulators or the profile's systems; exit 0 all passed, 1 any not passed, 2 usage or input error (nothing ran), 130/143 stopped by Ctrl+C/SIGTERM (reports written).");
        var options = new RunOptionSet();
        options.AddTo(command);
        command.SetAction((parse, cancellationToken) => new RunJob(console, options.Read(parse, console), interruption).RunAsync(cancellationToken));
        return command;
    }
}
