using EsnHarness.Bdd;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Tests.Support;

/// <summary>Queries over a message stream, as a Cucumber report consumer would make them.</summary>
public static class Envelopes
{
    public static IReadOnlyList<string> Kinds(this IReadOnlyList<Envelope> envelopes) =>
        envelopes.Select(e => System.Text.Json.JsonDocument.Parse(NdjsonSerializer.Serialize(e)).RootElement.EnumerateObject().First().Name).ToList();

    public static IReadOnlyList<TestStepResultStatus> StepStatuses(this IReadOnlyList<Envelope> envelopes, string pickleName)
    {
        var pickle = envelopes.Select(e => e.Pickle).Single(p => p is not null && p.Name == pickleName);
        var testCase = envelopes.Select(e => e.TestCase).Single(t => t is not null && t.PickleId == pickle.Id);
        var started = envelopes.Select(e => e.TestCaseStarted).Where(s => s is not null && s.TestCaseId == testCase.Id).Last();
        return envelopes.Select(e => e.TestStepFinished).Where(f => f is not null && f.TestCaseStartedId == started.Id)
            .Select(f => f.TestStepResult.Status).ToList();
    }
}
