using System.CommandLine;
using System.CommandLine.Help;
using EsnHarness.Bdd;
using EsnHarness.Cli.Commands;
using EsnHarness.Targets;

namespace EsnHarness.Cli;

/// <summary>The <c>esn</c> command line: builds the command tree and runs it with usage errors mapped to exit code 2.</summary>
public static class EsnCommandLine
{
    /// <summary>The command's name, in help and messages, whatever the executable is called (<c>dotnet run</c>, the tool, a publish).</summary>
    public const string Name = "esn";

    /// <summary>Builds the root command; every command writes through <paramref name="console"/>.</summary>
    public static Command BuildRoot(CliConsole console, Interruption interruption)
    {
        // A plain command named esn rather than RootCommand, whose name is the executable's ("EsnHarness.Cli" under dotnet run).
        var root = new Command(Name, "esn: run London's ESN requirement catalogue (Gherkin) against the reference simulators or your own systems.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Subcommands.Add(RunCommand.Create(console, interruption));
        root.Subcommands.Add(ListCommand.Create(console));
        root.Subcommands.Add(StepsCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(SimCommand.Create(console));
        root.Subcommands.Add(StubsCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(ProfileCommand.Create(console));
        root.Subcommands.Add(ConsoleCommand.Create(console));
        root.Subcommands.Add(DefectsCommand.Create(console));
        root.Subcommands.Add(MutateCommand.Create(console));
        root.Subcommands.Add(WorldCommand.Create(console));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; a cancelled <paramref name="cancellationToken"/> stops it as Ctrl+C would.</summary>
    public static async Task<int> InvokeAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        using var interruption = new Interruption(cancellationToken);
        return await InvokeAsync(args, console, interruption);
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static async Task<int> InvokeAsync(string[] args, CliConsole console, Interruption interruption)
    {
        ArgumentNullException.ThrowIfNull(interruption);
        var root = BuildRoot(console, interruption);

        // Tag expressions start with '@': response files would swallow them.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync($"esn: {error.Message}");
            }

            await console.Error.WriteLineAsync("esn: see 'esn --help'");
            return ExitCodes.UsageError;
        }

        try
        {
            // Signals are the Interruption's: System.CommandLine's own handling would end the process 2 s after Ctrl+C,
            // before the running scenarios' clean-up and the reports.
            var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parse.InvokeAsync(configuration, interruption.Token);
        }
        catch (UsageException error)
        {
            return await ReportAsync(console, error.Problems);
        }
        catch (ProfileException error)
        {
            return await ReportAsync(console, error.Problems);
        }
        catch (BddConfigurationException error)
        {
            return await ReportAsync(console, [error.Message]);
        }
        catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"esn: stopped ({interruption.Signal ?? "cancelled"})");
            return interruption.ExitCode;
        }
    }

    private static async Task<int> ReportAsync(CliConsole console, IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            await console.Error.WriteLineAsync($"esn: {problem}");
        }

        return ExitCodes.UsageError;
    }
}
