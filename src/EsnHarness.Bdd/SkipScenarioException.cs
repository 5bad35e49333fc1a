namespace EsnHarness.Bdd;

/// <summary>Thrown by a step or Before hook to skip the rest of the scenario (for example when the target lacks a capability).
/// The step is reported as skipped and the scenario counts as skipped, not failed.</summary>
public class SkipScenarioException : Exception
{
    public SkipScenarioException()
        : base("The scenario was skipped.")
    {
        HasDefaultMessage = true;
    }

    public SkipScenarioException(string message)
        : base(message)
    {
    }

    public SkipScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when no message was given: reports then show the status alone.</summary>
    public bool HasDefaultMessage { get; }
}
