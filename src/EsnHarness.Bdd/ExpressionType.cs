namespace EsnHarness.Bdd;

/// <summary>How a step definition's text is read. <see cref="Auto"/> decides as Reqnroll does.</summary>
public enum ExpressionType
{
    /// <summary>Regular expression when the text starts with <c>^</c>, ends with <c>$</c> or contains regex-only syntax; otherwise a Cucumber Expression.</summary>
    Auto,

    /// <summary>Always a Cucumber Expression.</summary>
    CucumberExpression,

    /// <summary>Always a regular expression, anchored at both ends.</summary>
    RegularExpression,
}
