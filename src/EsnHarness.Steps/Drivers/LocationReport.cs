using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>A location report as the MCX location service holds it.</summary>
/// <param name="Position">Where.</param>
/// <param name="Trigger">Why it was sent.</param>
/// <param name="Delay">From measurement on the terminal to receipt by the service.</param>
/// <param name="Source">How the terminal obtained the position.</param>
/// <param name="CellId">The serving cell a cell-derived position came from; empty otherwise.</param>
public sealed record LocationReport(Position Position, LocationTrigger Trigger, TimeSpan Delay, PositionSource Source = PositionSource.NotSaid, string CellId = "");
