namespace EsnHarness.Steps.Lifecycle;

/// <summary>
/// Run-scoped: the reference defects every scenario of this run switches on in the embedded roles (<c>esn run --defect</c>,
/// or one <c>esn mutate</c> pass). Names are <c>&lt;role&gt;.&lt;kebab-case&gt;</c>; the role prefix says which endpoint
/// carries the defect. Absent or empty: the faithful reference behaviour.
/// </summary>
/// <param name="Names">Defect names, e.g. <c>mcx.floor-queue-lifo</c>.</param>
public sealed record ActiveDefects(IReadOnlyList<string> Names)
{
    /// <summary>The defects of one role (<c>mcx</c>, <c>cad</c>, ...).</summary>
    public IReadOnlyList<string> Of(string role) => [.. Names.Where(n => n.StartsWith(role + ".", StringComparison.Ordinal))];
}
