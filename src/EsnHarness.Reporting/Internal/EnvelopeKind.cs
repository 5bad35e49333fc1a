using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Internal;

/// <summary>Names the one message an envelope carries, as its NDJSON key.</summary>
internal static class EnvelopeKind
{
    public static string? Of(Envelope e) => e switch
    {
        { Meta: not null } => "meta",
        { Source: not null } => "source",
        { GherkinDocument: not null } => "gherkinDocument",
        { Pickle: not null } => "pickle",
        { StepDefinition: not null } => "stepDefinition",
        { Hook: not null } => "hook",
        { ParameterType: not null } => "parameterType",
        { UndefinedParameterType: not null } => "undefinedParameterType",
        { ParseError: not null } => "parseError",
        { TestRunStarted: not null } => "testRunStarted",
        { TestCase: not null } => "testCase",
        { TestCaseStarted: not null } => "testCaseStarted",
        { TestStepStarted: not null } => "testStepStarted",
        { TestStepFinished: not null } => "testStepFinished",
        { TestCaseFinished: not null } => "testCaseFinished",
        { Attachment: not null } => "attachment",
        { ExternalAttachment: not null } => "externalAttachment",
        { TestRunHookStarted: not null } => "testRunHookStarted",
        { TestRunHookFinished: not null } => "testRunHookFinished",
        { Suggestion: not null } => "suggestion",
        { TestRunFinished: not null } => "testRunFinished",
        _ => null,
    };
}
