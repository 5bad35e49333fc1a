namespace EsnHarness.Reporting;

/// <summary>The <c>@must</c> requirements of one agency in one capability, by outcome.</summary>
public sealed record ReadinessCell(string Agency, string Capability, int Passing, int Failing, int NotRun)
{
    /// <summary>All @must requirements counted in the cell.</summary>
    public int Total => Passing + Failing + NotRun;
}
