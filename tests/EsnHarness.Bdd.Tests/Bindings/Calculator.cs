namespace EsnHarness.Bdd.Tests.Bindings;

/// <summary>Scenario state shared by constructor injection.</summary>
public sealed class Calculator
{
    public List<decimal> Stack { get; } = [];

    public decimal Result { get; set; }
}
