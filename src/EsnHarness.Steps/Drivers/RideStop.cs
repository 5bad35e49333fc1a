namespace EsnHarness.Steps.Drivers;

/// <summary>One place on a train ride and when the network model moves the rider there.</summary>
/// <param name="PlaceId">The place (station or tunnel section).</param>
/// <param name="PlaceName">Its name to type.</param>
/// <param name="CellId">Its serving cell: the handover target.</param>
/// <param name="At">When the train gets there (the network model's clock).</param>
public sealed record RideStop(string PlaceId, string PlaceName, string CellId, DateTimeOffset At);
