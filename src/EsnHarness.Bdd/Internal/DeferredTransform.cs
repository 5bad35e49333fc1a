namespace EsnHarness.Bdd.Internal;

/// <summary>What a custom parameter type's transformer yields: the method runs later, inside the scenario, so instance
/// transformation methods get the scenario's binding objects.</summary>
internal sealed record DeferredTransform(TransformBinding Binding, string?[] Values);
