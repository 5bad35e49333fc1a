using System.CommandLine;
using EsnHarness.Bdd;
using EsnHarness.Cli.Internal;
using EsnHarness.Reporting;

namespace EsnHarness.Cli.Commands;

/// <summary><c>esn report html|junit|merge</c>: reports from one or more runs' NDJSON (e.g. the shards of a CI matrix).</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var report = new Command("report", "Make reports from Cucumber Messages NDJSON written by 'esn run' (one run or several shards).");
        report.Subcommands.Add(Derived(console, "html", "The self-contained living-documentation page."));
        report.Subcommands.Add(Derived(console, "junit", "JUnit XML for CI servers: one testsuite per feature, one testcase per scenario."));
        report.Subcommands.Add(Merge(console));
        return report;
    }

    private static Command Derived(CliConsole console, string kind, string description)
    {
        var command = new Command(kind, description);
        var from = new Option<string[]>("--from") { Description = "NDJSON file(s) from esn run; several are merged (shards).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--output", "-o") { Description = "File to write.", Required = true };
        var config = CommonOptions.Config();
        command.Options.Add(from);
        command.Options.Add(output);
        command.Options.Add(config);
        command.SetAction(async (parse, _) =>
        {
            var inputs = Inputs(console, parse.GetValue(from)!);
            var vocabulary = ReportVocabulary.Of(HarnessContext.LoadSettings(console, parse.GetValue(config)));
            var format = new ReportFormat(kind, Path.GetFullPath(parse.GetValue(output)!, console.WorkingDirectory));
            Writable(format.Path);
            var model = Load(() => inputs.Length == 1 ? ReportModel.Load(inputs, vocabulary) : ReportModel.FromEnvelopes(NdjsonMerger.Merge(inputs), inputs, vocabulary));
            ReportWriter.Write(model, format);
            await console.Output.WriteLineAsync($"{kind,-8} {format.Path}");
            return ExitCodes.Passed;
        });
        return command;
    }

    private static Command Merge(CliConsole console)
    {
        var command = new Command("merge", "Merge the NDJSON of several shards into one valid stream.");
        var inputs = new Argument<string[]>("NDJSON") { Description = "The shards' NDJSON files.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Merged NDJSON to write.", Required = true };
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.SetAction(async (parse, _) =>
        {
            var files = Inputs(console, parse.GetValue(inputs)!);
            var path = Path.GetFullPath(parse.GetValue(output)!, console.WorkingDirectory);
            Writable(path);
            Load(() =>
            {
                NdjsonMerger.Merge(files, path);
                return true;
            });
            await console.Output.WriteLineAsync($"merged {Plural.Of(files.Length, "run")} into {path}");
            return ExitCodes.Passed;
        });
        return command;
    }

    private static void Writable(string path)
    {
        if (OutputPaths.Problem(path) is { } problem)
        {
            throw new UsageException($"--output {path}: {problem}");
        }
    }

    private static string[] Inputs(CliConsole console, string[] paths) => paths
        .Select(path => Path.GetFullPath(path, console.WorkingDirectory))
        .Select(path => File.Exists(path) ? path : throw new UsageException($"'{path}': no such NDJSON file"))
        .ToArray();

    private static T Load<T>(Func<T> load)
    {
        try
        {
            return load();
        }
        catch (ReportInputException error)
        {
            throw new UsageException(error.Message);
        }
    }
}
