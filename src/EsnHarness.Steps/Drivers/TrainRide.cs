using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>A user's ride on a moving Underground or Elizabeth line train.</summary>
/// <param name="Rider">Who rides.</param>
/// <param name="LineName">The line as the network model names it.</param>
/// <param name="Stops">Places in running order, the boarding place first.</param>
/// <param name="LogFrom">Where the rider's terminal event log stood when they boarded.</param>
public sealed record TrainRide(UserName Rider, string LineName, IReadOnlyList<RideStop> Stops, int LogFrom)
{
    /// <summary>The stops after boarding: each one a handover to its cell.</summary>
    public IReadOnlyList<RideStop> Handovers => [.. Stops.Skip(1)];

    /// <summary>The place the ride ends at.</summary>
    public RideStop Destination => Stops[^1];
}
