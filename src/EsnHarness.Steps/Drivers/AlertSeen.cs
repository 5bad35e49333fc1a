namespace EsnHarness.Steps.Drivers;

/// <summary>An emergency alert as a control room received it.</summary>
/// <param name="From">Who raised it.</param>
/// <param name="Group">Group it was raised on.</param>
/// <param name="Location">Location it carried, or null.</param>
/// <param name="Delay">Raised (server clock) to shown on the console (console clock).</param>
public sealed record AlertSeen(string From, string Group, Position? Location, TimeSpan Delay);
