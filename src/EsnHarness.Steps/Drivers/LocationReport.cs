namespace EsnHarness.Steps.Drivers;

/// <summary>A location report as the MCX location service holds it.</summary>
/// <param name="Position">Where.</param>
/// <param name="Trigger">Why it was sent ("periodic", "cell-change", "log-on", "emergency-alert"...).</param>
/// <param name="Delay">From measurement on the terminal to receipt by the service.</param>
public sealed record LocationReport(Position Position, string Trigger, TimeSpan Delay);
