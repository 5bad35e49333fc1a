namespace EsnHarness.Steps.Drivers;

/// <summary>An awaited event did not happen before its deadline; the message says what was expected and what was seen.</summary>
public sealed class ExpectationFailedException(string message) : Exception(message);
