using EsnHarness.Simulators.Defects;
using EsnHarness.Stubs.Defects;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>Every defect of the reference implementations, simulators and stubs together, ordered by name.</summary>
internal static class DefectCatalogue
{
    public static IReadOnlyList<ReferenceDefect> All { get; } =
        [.. SimulatorDefects.All.Select(d => new ReferenceDefect(d.Name, d.Role, d.Breaks, d.Violates, Stub: false))
            .Concat(StubDefects.All.Select(d => new ReferenceDefect(d.Name, d.Role, d.Breaks, d.Violates, Stub: true)))
            .OrderBy(d => d.Name, StringComparer.Ordinal)];

    /// <summary>The named defects, in the order given.</summary>
    /// <exception cref="UsageException">A name no reference implementation defines (one line per name, with the nearest).</exception>
    public static IReadOnlyList<ReferenceDefect> Require(IEnumerable<string> names)
    {
        var found = new List<ReferenceDefect>();
        var problems = new List<string>();
        foreach (var name in names)
        {
            if (All.FirstOrDefault(d => d.Name == name) is { } defect)
            {
                found.Add(defect);
            }
            else
            {
                var near = All.Where(d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(d.Role + ".", StringComparison.Ordinal))
                    .Take(3).Select(d => d.Name).ToList();
                problems.Add($"--defect '{name}' is not a reference defect{(near.Count > 0 ? $" (did you mean {string.Join(", ", near)}?)" : string.Empty)}; `esn defects` lists them");
            }
        }

        return problems.Count > 0 ? throw new UsageException(problems) : found;
    }
}
