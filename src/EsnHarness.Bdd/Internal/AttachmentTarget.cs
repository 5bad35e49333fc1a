namespace EsnHarness.Bdd.Internal;

/// <summary>Where attachments written now belong: a test step of a test case attempt, or a test run hook.</summary>
internal sealed record AttachmentTarget(string? TestCaseStartedId, string? TestStepId, string? TestRunHookStartedId);
