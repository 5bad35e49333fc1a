namespace EsnHarness.Stubs.Esn;

/// <summary>The London agencies whose CAD and AVL the stubs model, as their path segment.</summary>
internal static class Agency
{
    private static readonly string[] Known = ["las", "lfb", "mps"];

    public static string Segment(string agency)
    {
        var lower = agency.Trim().ToLowerInvariant();
        return Known.Contains(lower) ? lower : throw new ArgumentException($"unknown agency '{agency}': use LAS, LFB or MPS", nameof(agency));
    }
}
