namespace EsnHarness.Stubs.Defects;

/// <summary>
/// A named fault of a reference HTTP stub (an agency system or an ESN server the stubs stand in for), switched on per
/// stub session to prove that the catalogue catches it. Its behaviour is data: the mappings under
/// <c>stubs/_defects/&lt;name&gt;/&lt;endpoint&gt;/</c>, which a session with the defect on serves ahead of the faithful ones.
/// </summary>
/// <param name="Name"><c>&lt;role&gt;.&lt;kebab-case&gt;</c>, e.g. <c>cad.status-not-stored</c>.</param>
/// <param name="Role">The profile role (and stub endpoint folder) whose stub carries it: cad, idms, gms, cms, kms or avl.</param>
/// <param name="Breaks">What it breaks, in a requirement owner's words.</param>
/// <param name="Violates">The clause or London requirement it violates.</param>
public sealed record StubDefect(string Name, string Role, string Breaks, string Violates);
