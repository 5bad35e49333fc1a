namespace EsnHarness.Steps.Drivers;

/// <summary>A WGS 84 position (altitude negative underground).</summary>
public sealed record Position(double Latitude, double Longitude, double AltitudeM);
