namespace EsnHarness.Bdd;

/// <summary>A custom parameter type of the step definitions, as the step glossary (<c>esn steps</c>) shows it.</summary>
/// <param name="Name">The name used in expressions, e.g. <c>user</c> for <c>{user}</c>.</param>
/// <param name="Regexps">The regular expressions its text must match.</param>
/// <param name="Type">The C# type the step receives, e.g. <c>UserName</c>.</param>
/// <param name="Examples">Values the definitions' own examples write with it, e.g. <c>"PC Patel"</c>, in order of appearance.</param>
public sealed record ParameterTypeInfo(string Name, IReadOnlyList<string> Regexps, string Type, IReadOnlyList<string> Examples);
