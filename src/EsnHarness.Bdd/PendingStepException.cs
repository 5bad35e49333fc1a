namespace EsnHarness.Bdd;

/// <summary>Thrown by a step that is not implemented yet: the step is reported as pending, the rest of the scenario is skipped.</summary>
public class PendingStepException : Exception
{
    public PendingStepException()
        : base("The step is pending.")
    {
        HasDefaultMessage = true;
    }

    public PendingStepException(string message)
        : base(message)
    {
    }

    public PendingStepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when no message was given: reports then show the status alone.</summary>
    public bool HasDefaultMessage { get; }
}
