using System.CommandLine;
using EsnHarness.Bdd;
using EsnHarness.Cli.Internal;

namespace EsnHarness.Cli.Commands;

/// <summary><c>esn steps</c>: the step glossary, every step pattern with its meaning and an example, grouped by concept.</summary>
internal static class StepsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("steps", "Print the step glossary: every step pattern with a one-line meaning and an example, grouped by concept.");
        var format = new Option<string>("--format") { Description = "text (default) or md (Markdown: the page docs/steps.md holds).", DefaultValueFactory = _ => "text" };
        var bindings = new Option<string[]>("--bindings") { Description = "Assembly (.dll) of step definitions instead of the built-in ESN step library; repeatable." };
        command.Options.Add(format);
        command.Options.Add(bindings);
        command.SetAction(async (parse, _) =>
        {
            var kind = parse.GetValue(format)!;
            if (kind is not ("text" or "md"))
            {
                throw new UsageException($"--format '{kind}': use text or md");
            }

            var request = new RunRequest(null, null, new Dictionary<string, string>(), [], null, null, false, false, 0, [], null, null, parse.GetValue(bindings) ?? []);
            var options = new GherkinRunOptions { BindingAssemblies = RunSelection.LoadBindingAssemblies(console, request) };
            var runner = new GherkinRunner();
            var glossary = StepGlossary.From(runner.DescribeSteps(options), runner.DescribeParameterTypes(options));
            await console.Output.WriteAsync(kind == "md" ? StepGlossaryMarkdown.Write(glossary) : glossary.ToText());
            return ExitCodes.Passed;
        });
        return command;
    }
}
