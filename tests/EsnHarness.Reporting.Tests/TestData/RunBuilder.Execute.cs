using System.Text;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Tests.TestData;

/// <summary>The execution half of the stream: test cases, their steps' results and attachments.</summary>
public sealed partial class RunBuilder
{
    private TestCase TestCaseFor(CompiledPickle compiled, Dictionary<string, List<string>> definitions, string runId, List<Envelope> output)
    {
        var steps = compiled.Pickle.Steps.Select(ps =>
        {
            var ids = definitions.TryGetValue(ps.Text, out var found) ? found : [];
            List<StepMatchArgumentsList> matches = [.. ids.Select(_ => new StepMatchArgumentsList([]))];
            return new TestStep(null, NextId(), ps.Id, ids, matches);
        }).ToList();
        var testCase = new TestCase(NextId(), compiled.Pickle.Id, steps, runId);
        output.Add(Envelope.Create(testCase));
        return testCase;
    }

    private void Execute(CompiledPickle compiled, TestCase testCase, List<Envelope> output)
    {
        var startedId = NextId();
        output.Add(Envelope.Create(new TestCaseStarted(0, startedId, testCase.Id, null, Now())));
        for (var i = 0; i < testCase.TestSteps.Count; i++)
        {
            var spec = compiled.Spec.Steps[i];
            var stepId = testCase.TestSteps[i].Id;
            output.Add(Envelope.Create(new TestStepStarted(startedId, stepId, Now())));
            foreach (var (body, mediaType, fileName, base64) in spec.Attachments)
            {
                var encoded = base64 && !IsBase64Already(body) ? Convert.ToBase64String(Encoding.UTF8.GetBytes(body)) : body;
                output.Add(Envelope.Create(new Attachment(encoded, base64 ? AttachmentContentEncoding.BASE64 : AttachmentContentEncoding.IDENTITY,
                    fileName, mediaType, null, startedId, stepId, null, null, null, Now())));
            }
            var status = spec.Status switch
            {
                ScenarioStatus.Passed => TestStepResultStatus.PASSED,
                ScenarioStatus.Failed => TestStepResultStatus.FAILED,
                ScenarioStatus.Pending => TestStepResultStatus.PENDING,
                ScenarioStatus.Undefined => TestStepResultStatus.UNDEFINED,
                ScenarioStatus.Ambiguous => TestStepResultStatus.AMBIGUOUS,
                ScenarioStatus.Skipped => TestStepResultStatus.SKIPPED,
                _ => TestStepResultStatus.UNKNOWN,
            };
            var exception = spec.Status == ScenarioStatus.Failed && spec.Error is not null
                ? new Io.Cucumber.Messages.Types.Exception("Xunit.AssertException", spec.Error, null)
                : null;
            output.Add(Envelope.Create(new TestStepFinished(startedId, stepId,
                new TestStepResult(new Duration(0, 2_000_000), spec.Error, status, exception), Now())));
        }
        output.Add(Envelope.Create(new TestCaseFinished(startedId, Now(), false)));
    }

    /// <summary>Image bodies in tests are given already encoded; text bodies are encoded here.</summary>
    private static bool IsBase64Already(string body) => body.StartsWith("iVBOR", StringComparison.Ordinal);
}
