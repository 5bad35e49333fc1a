namespace EsnHarness.Simulators.Defects;

/// <summary>
/// A named fault of a reference implementation, switched on per namespace to prove that the catalogue catches it.
/// </summary>
/// <param name="Name"><c>&lt;role&gt;.&lt;kebab-case&gt;</c>, e.g. <c>mcx.floor-queue-lifo</c>.</param>
/// <param name="Role">The profile role whose reference implementation carries it (mcx, device, network, interworking).</param>
/// <param name="Breaks">What it breaks, in a requirement owner's words.</param>
/// <param name="Violates">The clause or London requirement it violates.</param>
public sealed record Defect(string Name, string Role, string Breaks, string Violates);
