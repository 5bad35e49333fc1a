namespace EsnHarness.Bdd;

/// <summary>The order scenarios start in (as cucumber's <c>--order</c>).</summary>
public enum ScenarioOrder
{
    /// <summary>File order (files sorted by path), then line order.</summary>
    Defined,

    /// <summary>The defined order reversed.</summary>
    Reverse,

    /// <summary>Shuffled with <see cref="GherkinRunOptions.RandomSeed"/>, so a failing order can be replayed.</summary>
    Random,
}
