namespace EsnHarness.WebConsole.Driver;

/// <summary>A unit's position as the console's plan shows it.</summary>
/// <param name="Latitude">Decimal degrees.</param>
/// <param name="Longitude">Decimal degrees.</param>
/// <param name="Label">The marker's text or accessible name the position was read from.</param>
public sealed record UnitPosition(double Latitude, double Longitude, string Label);
