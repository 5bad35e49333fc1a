using System.Text.RegularExpressions;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Cli.Internal;

/// <summary>A pickle step with the values of its matched step definition's parameters, by parameter type name.</summary>
internal sealed partial record StepArguments(PickleStep Step, IReadOnlyList<StepMatchArgument> Matched)
{
    /// <summary>The names an argument of that parameter type gives: each quoted text ("A", "B" and "C"), or the bare value.</summary>
    public IEnumerable<string> Values(string parameterType) =>
        Matched.Where(argument => argument.ParameterTypeName == parameterType && argument.Group?.Value is not null)
            .SelectMany(argument => Names(argument.Group.Value));

    /// <summary>How many arguments of that parameter type the step has.</summary>
    public int Count(string parameterType) => Matched.Count(argument => argument.ParameterTypeName == parameterType);

    /// <summary>The values of a column of the step's table (case-insensitive header), row by row; none without that column.</summary>
    public IReadOnlyList<string>? Column(string name)
    {
        var rows = Step.Argument?.DataTable?.Rows ?? [];
        var column = rows.Count == 0 ? -1 : rows[0].Cells.ToList().FindIndex(cell => string.Equals(cell.Value.Trim(), name, StringComparison.OrdinalIgnoreCase));
        return column < 0 ? null : [.. rows.Skip(1).Select(row => row.Cells.Count > column ? row.Cells[column].Value.Trim() : string.Empty)];
    }

    private static IEnumerable<string> Names(string value)
    {
        var quoted = Quoted().Matches(value).Select(match => match.Groups[1].Value).ToList();
        return quoted.Count > 0 ? quoted : [value.Trim()];
    }

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();
}
