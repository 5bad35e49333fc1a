namespace EsnHarness.Steps.Model;

/// <summary>A control room by the name its staff use, with the agency it serves and where its consoles attach.</summary>
/// <param name="Name">"MetCC", "LFB Control" or "LAS EOC".</param>
/// <param name="Agency">The agency it dispatches for.</param>
/// <param name="ConsolePlace">The place (network model) its dispatcher consoles and CAD gateway log on at.</param>
public sealed record ControlRoom(string Name, Agency Agency, PlaceName ConsolePlace)
{
    /// <summary>Every control room the catalogue knows, by name.</summary>
    public static IReadOnlyList<ControlRoom> All { get; } =
    [
        new("MetCC", Agency.Mps, new PlaceName("Lambeth")),
        new("LFB Control", Agency.Lfb, new PlaceName("Merton")),
        new("LAS EOC", Agency.Las, new PlaceName("Waterloo")),
    ];

    /// <summary>The control room of that name (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The name is not a known control room.</exception>
    public static ControlRoom Parse(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"'{name}' is not a control room; use one of: {string.Join(", ", All.Select(c => c.Name))}.", nameof(name));

    /// <summary>The control room that dispatches for <paramref name="agency"/>.</summary>
    /// <exception cref="ArgumentException">The catalogue knows no control room of that agency; the message lists those it knows.</exception>
    public static ControlRoom Of(Agency agency) =>
        All.FirstOrDefault(c => c.Agency == agency)
        ?? throw new ArgumentException($"the catalogue knows no control room of {agency.Name()}; control rooms are: {string.Join(", ", All.Select(c => $"{c.Name} ({c.Agency.Name()})"))}.", nameof(agency));

    /// <inheritdoc />
    public override string ToString() => Name;
}
