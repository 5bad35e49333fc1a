namespace EsnHarness.Bdd;

/// <summary>A <c>path:line</c> selection that points at no scenario, example row, examples table, rule or feature.</summary>
/// <param name="Uri">The feature file, relative to the base directory.</param>
/// <param name="Line">The line asked for.</param>
/// <param name="Description">What is at that line and where the nearest scenarios start, e.g.
/// <c>is a step of the scenario at line 22; scenarios start at lines 22, 30, 41</c>.</param>
public sealed record SelectionProblem(string Uri, int Line, string Description)
{
    /// <summary>The console line: <c>uri:line description</c>.</summary>
    public override string ToString() => $"{Uri}:{Line} {Description}";
}
