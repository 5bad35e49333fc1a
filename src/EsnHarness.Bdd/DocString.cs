namespace EsnHarness.Bdd;

/// <summary>A Gherkin DocString step argument; a step's last parameter of this type (or <see cref="string"/>) receives it.</summary>
/// <param name="Content">The text between the delimiters, indentation removed.</param>
/// <param name="MediaType">The media type after the opening delimiter, e.g. <c>json</c>; null when absent.</param>
public sealed record DocString(string Content, string? MediaType);
