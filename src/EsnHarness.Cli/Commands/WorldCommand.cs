using System.CommandLine;
using EsnHarness.Cli.Internal;

namespace EsnHarness.Cli.Commands;

/// <summary><c>esn world</c>: the names a requirement can use (agencies, control rooms, places, the catalogue's groups and people).</summary>
internal static class WorldCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("world", "Print what a requirement can name: agencies, control rooms, the network model's places (names to type), and the groups and people the catalogue uses.");
        var format = new Option<string>("--format") { Description = "text (default) or md (Markdown: the page docs/world.md holds).", DefaultValueFactory = _ => "text" };
        var places = new Option<string?>("--places") { Description = "Places file (JSON) replacing the built-in London places, as for esn sim." };
        var config = CommonOptions.Config();
        command.Options.Add(format);
        command.Options.Add(places);
        command.Options.Add(config);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var kind = parse.GetValue(format)!;
            if (kind is not ("text" or "md"))
            {
                throw new UsageException($"--format '{kind}': use text or md");
            }

            var settings = HarnessContext.LoadSettings(console, parse.GetValue(config));
            var placesFile = parse.GetValue(places) is { } file ? Path.GetFullPath(file, console.WorkingDirectory) : null;
            var world = await WorldReader.ReadAsync([.. settings.Features.Select(settings.Resolve)], placesFile, cancellationToken);
            await console.Output.WriteAsync(WorldWriter.Write(world, markdown: kind == "md"));
            return ExitCodes.Passed;
        });
        return command;
    }
}
