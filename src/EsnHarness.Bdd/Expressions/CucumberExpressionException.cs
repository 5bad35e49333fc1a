namespace EsnHarness.Bdd.Expressions;

/// <summary>A Cucumber Expression is invalid, or matching/converting its arguments failed. Messages follow Cucumber's own.</summary>
public class CucumberExpressionException : Exception
{
    /// <summary>Creates the exception with Cucumber's message text.</summary>
    public CucumberExpressionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with Cucumber's message text and the failure that caused it.</summary>
    public CucumberExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
