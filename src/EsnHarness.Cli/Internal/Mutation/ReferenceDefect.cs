namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>One defect of a reference role, whichever implementation (simulators or stubs) carries it.</summary>
/// <param name="Name"><c>&lt;role&gt;.&lt;kebab-case&gt;</c>.</param>
/// <param name="Role">The profile role.</param>
/// <param name="Breaks">What it breaks.</param>
/// <param name="Violates">The clause or requirement it violates.</param>
/// <param name="Stub">True for an HTTP stub defect (switched on per stub session), false for a simulator defect (per namespace).</param>
internal sealed record ReferenceDefect(string Name, string Role, string Breaks, string Violates, bool Stub);
