namespace EsnHarness.Steps.Model;

/// <summary>A control room by the name its staff use, with the agency it serves.</summary>
/// <param name="Name">"MetCC", "LFB Control" or "LAS EOC".</param>
/// <param name="Agency">The agency it dispatches for.</param>
public sealed record ControlRoom(string Name, Agency Agency)
{
    /// <summary>Every control room the catalogue knows, by name.</summary>
    public static IReadOnlyList<ControlRoom> All { get; } =
    [
        new("MetCC", Agency.Mps),
        new("LFB Control", Agency.Lfb),
        new("LAS EOC", Agency.Las),
    ];

    /// <summary>The control room of that name (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The name is not a known control room.</exception>
    public static ControlRoom Parse(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"'{name}' is not a control room; use one of: {string.Join(", ", All.Select(c => c.Name))}.", nameof(name));

    /// <summary>The control room that dispatches for <paramref name="agency"/>.</summary>
    public static ControlRoom Of(Agency agency) => All.First(c => c.Agency == agency);

    /// <inheritdoc />
    public override string ToString() => Name;
}
