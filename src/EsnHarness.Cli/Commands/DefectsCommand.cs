using System.CommandLine;
using System.Text.Json;
using EsnHarness.Cli.Internal.Mutation;

namespace EsnHarness.Cli.Commands;

/// <summary><c>esn defects</c>: the reference implementations' named defects, by role, with what each breaks and violates.</summary>
internal static class DefectsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("defects", "List the reference defects: plausible faults of real implementations that the reference simulators and stubs can switch on (esn run --defect, esn sim --defect, esn stubs serve --defect, esn mutate), by role.");
        var role = new Option<string?>("--role") { Description = "Only this role's defects (mcx, device, network, interworking, cadGateway, mdm, cad, idms, gms, cms, kms, avl)." };
        var format = new Option<string>("--format") { Description = "text (default), md or json.", DefaultValueFactory = _ => "text" };
        command.Options.Add(role);
        command.Options.Add(format);
        command.SetAction(async (parse, _) =>
        {
            var kind = parse.GetValue(format)!;
            if (kind is not ("text" or "md" or "json"))
            {
                throw new UsageException($"--format '{kind}': use text, md or json");
            }

            var only = parse.GetValue(role);
            var defects = DefectCatalogue.All.Where(d => only is null || string.Equals(d.Role, only, StringComparison.OrdinalIgnoreCase)).ToList();
            if (defects.Count == 0)
            {
                var roles = string.Join(", ", DefectCatalogue.All.Select(d => d.Role).Distinct());
                throw new UsageException($"--role '{only}' has no reference defects; roles with defects: {roles}");
            }

            await console.Output.WriteAsync(kind switch
            {
                "json" => JsonSerializer.Serialize(defects.Select(d => new { d.Name, d.Role, d.Breaks, d.Violates }), JsonOptions) + "\n",
                "md" => Markdown(defects),
                _ => Text(defects),
            });
            return ExitCodes.Passed;
        });
        return command;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static string Text(IReadOnlyList<ReferenceDefect> defects)
    {
        var text = new System.Text.StringBuilder();
        foreach (var group in defects.GroupBy(d => d.Role))
        {
            text.Append(group.Key).Append(" (").Append(Plural(group.Count(), "defect")).Append(")\n");
            foreach (var d in group)
            {
                text.Append("  ").Append(d.Name).Append('\n')
                    .Append("      breaks:   ").Append(d.Breaks).Append('\n')
                    .Append("      violates: ").Append(d.Violates).Append('\n');
            }
        }

        text.Append(Plural(defects.Count, "defect")).Append(" in ").Append(Plural(defects.Select(d => d.Role).Distinct().Count(), "role")).Append('\n');
        return text.ToString();
    }

    private static string Markdown(IReadOnlyList<ReferenceDefect> defects)
    {
        var text = new System.Text.StringBuilder("| defect | role | what it breaks | violates |\n| --- | --- | --- | --- |\n");
        foreach (var d in defects)
        {
            text.Append($"| `{d.Name}` | {d.Role} | {Cell(d.Breaks)} | {Cell(d.Violates)} |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
