namespace EsnHarness.Bdd.TagExpressions;

/// <summary>A tag expression could not be parsed; the message is Cucumber's and quotes the expression.</summary>
public sealed class TagExpressionException(string message) : Exception(message);
