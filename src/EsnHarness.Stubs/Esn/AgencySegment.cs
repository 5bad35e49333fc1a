namespace EsnHarness.Stubs.Esn;

/// <summary>
/// An agency as the path segment of its CAD and AVL stubs (<c>LAS</c> → <c>/cad/las/...</c>). Which agencies exist is
/// the caller's (the contracts' Agency enum, read by the steps); the stubs only check the name fits a path.
/// </summary>
internal static class AgencySegment
{
    public static string Of(string agency)
    {
        var segment = agency.Trim().ToLowerInvariant();
        return segment.Length > 0 && segment.All(char.IsAsciiLetterLower)
            ? segment
            : throw new ArgumentException($"agency '{agency}' is not a short name of letters (e.g. LAS)", nameof(agency));
    }
}
