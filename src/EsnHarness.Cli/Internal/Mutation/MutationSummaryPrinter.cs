using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>The end of <c>esn mutate</c>: the table per role, the survivors, the scenarios that caught nothing, the verdict.</summary>
internal sealed class MutationSummaryPrinter(CliConsole console)
{
    public async Task PrintAsync(MutationMatrix matrix, string path)
    {
        var output = console.Output;
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"role",-13} {"defects",7} {"caught",7}  survivors");
        foreach (var role in matrix.Defects.GroupBy(d => d.Defect.Role).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var survivors = role.Where(d => !d.Caught).Select(d => d.Defect.Name).ToList();
            await output.WriteLineAsync($"{role.Key,-13} {role.Count(),7} {role.Count(d => d.Caught),7}  {(survivors.Count == 0 ? "-" : string.Join(", ", survivors))}");
        }

        var caught = matrix.Defects.Count(d => d.Caught);
        var eligible = matrix.Scenarios.Count - matrix.CleanFailures.Count;
        var catching = eligible - matrix.CatchingNone.Count;
        await output.WriteLineAsync();
        await output.WriteLineAsync($"defects caught: {caught} of {matrix.Defects.Count} ({Percent(caught, matrix.Defects.Count)})");
        await output.WriteLineAsync($"scenarios catching one or more: {catching} of {eligible} ({Percent(catching, eligible)})");
        foreach (var scenario in matrix.CatchingNone)
        {
            await output.WriteLineAsync($"  catches none: {scenario.Location} {scenario.Requirement} {scenario.Name}");
        }

        foreach (var doubt in matrix.Defects.SelectMany(d => d.Unconfirmed ?? []))
        {
            await output.WriteLineAsync($"  unconfirmed (not counted): {doubt.Defect} {doubt.Scenario} {doubt.Requirement}: {doubt.Doubt}");
        }

        if (matrix.Skipped.Count > 0)
        {
            await output.WriteLineAsync($"skipped by the profile (not in the matrix): {Plural.Of(matrix.Skipped.Count, "scenario")}");
        }

        if (!matrix.CleanPassed)
        {
            await output.WriteLineAsync($"clean pass: {Plural.Of(matrix.CleanFailures.Count, "scenario")} failed without any defect; fix those first");
        }

        var ratio = matrix.CleanDuration.TotalSeconds > 0 ? matrix.TotalDuration / matrix.CleanDuration : 0;
        await output.WriteLineAsync($"wall time: {matrix.TotalDuration.TotalSeconds:F1} s in all, clean pass {matrix.CleanDuration.TotalSeconds:F1} s ({ratio:F1}x)");
        await output.WriteLineAsync($"matrix: {path}");
        await output.WriteLineAsync(matrix.Success ? "PASSED: every defect caught, every scenario catches one" : "NOT PASSED");
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:F0} %";
}
