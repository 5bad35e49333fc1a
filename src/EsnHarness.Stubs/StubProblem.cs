namespace EsnHarness.Stubs;

/// <summary>One thing wrong with a mapping file, as <c>esn stubs check</c> lists it.</summary>
/// <param name="File">The mapping file, as a path under the stubs folder the user gave (e.g. <c>stubs/idms/token.json</c>).</param>
/// <param name="Line">1-based line of the problem when known.</param>
/// <param name="Column">1-based column of the problem when known.</param>
/// <param name="Message">What is wrong, in one line.</param>
public sealed record StubProblem(string File, int? Line, int? Column, string Message)
{
    /// <summary><c>file:line:column: message</c>, the position left out when unknown.</summary>
    public override string ToString() => Line is { } line
        ? $"{File}:{line}:{Column ?? 1}: {Message}"
        : $"{File}: {Message}";
}
