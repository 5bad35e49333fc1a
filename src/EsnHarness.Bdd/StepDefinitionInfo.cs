namespace EsnHarness.Bdd;

/// <summary>One step definition, as the step glossary (<c>esn steps</c>) shows it.</summary>
/// <param name="Keyword"><c>Given</c>, <c>When</c>, <c>Then</c> or <c>*</c> for [StepDefinition].</param>
/// <param name="Expression">The Cucumber Expression or regular expression as written.</param>
/// <param name="IsRegex">True for a regular expression.</param>
/// <param name="Method"><c>Namespace.Class.Method(types)</c>.</param>
/// <param name="Description">The attribute's one-line meaning, if any.</param>
/// <param name="Example">The attribute's example step text, if any.</param>
/// <param name="ExampleMatches">Whether <paramref name="Example"/> matches the expression; null without an example.</param>
public sealed record StepDefinitionInfo(string Keyword, string Expression, bool IsRegex, string Method, string? Description, string? Example, bool? ExampleMatches);
