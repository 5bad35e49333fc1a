using System.CommandLine;
using EsnHarness.Bdd;
using EsnHarness.Cli.Commands;
using EsnHarness.Targets;

namespace EsnHarness.Cli;

/// <summary>The <c>esn</c> command line: builds the command tree and runs it with usage errors mapped to exit code 2.</summary>
public static class EsnCommandLine
{
    /// <summary>Builds the root command; every command writes through <paramref name="console"/>.</summary>
    public static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("esn: run London's ESN requirement catalogue (Gherkin) against the reference simulators or your own systems.");
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(ListCommand.Create(console));
        root.Subcommands.Add(StepsCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(SimCommand.Create(console));
        root.Subcommands.Add(StubsCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(ProfileCommand.Create(console));
        root.Subcommands.Add(ConsoleCommand.Create(console));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static async Task<int> InvokeAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var root = BuildRoot(console);
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
            return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
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
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("esn: cancelled");
            return ExitCodes.NotPassed;
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
