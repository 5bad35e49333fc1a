namespace EsnHarness.Bdd;

/// <summary>A mistake in the run's input that the user must fix (invalid tag expression, unknown parameter type,
/// a binding whose signature cannot take its arguments, inconsistent options). The message is one line naming the culprit;
/// hosts show it without a stack trace (the CLI exits with code 2).</summary>
public class BddConfigurationException : Exception
{
    public BddConfigurationException(string message)
        : base(message)
    {
    }

    public BddConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
