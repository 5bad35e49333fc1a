namespace EsnHarness.Steps.Drivers;

/// <summary>A terminal's state as its device reports it.</summary>
/// <param name="Registered">Registered on the MCX service.</param>
/// <param name="Groups">Groups it is affiliated to.</param>
/// <param name="InService">Its radio link is in service.</param>
public sealed record TerminalState(bool Registered, IReadOnlyList<string> Groups, bool InService);
