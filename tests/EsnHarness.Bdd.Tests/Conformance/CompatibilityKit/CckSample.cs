namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit;

/// <summary>One kit sample: its folder name, the C# bindings equivalent to the kit's, and the options its arguments file asks for.</summary>
public sealed record CckSample(string Name, Type[] Bindings, int Retry = 0, ScenarioOrder Order = ScenarioOrder.Defined)
{
    public override string ToString() => Name;
}
