namespace EsnHarness.Steps.Kpi;

/// <summary>How a measured value must relate to its limit.</summary>
public enum Comparison
{
    /// <summary>Strictly below the limit ("&lt;").</summary>
    Below,

    /// <summary>At least the limit ("&gt;=").</summary>
    AtLeast,
}
