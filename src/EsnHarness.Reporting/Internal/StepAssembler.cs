using System.Text;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Internal;

/// <summary>Builds a pickle's step list from its test case's last attempt (or from the pickle when not run).</summary>
internal sealed class StepAssembler(MessageIndex index)
{
    public (ScenarioStatus Status, TimeSpan Duration, IReadOnlyList<StepReport> Steps) Assemble(Pickle pickle, DocumentIndex? doc)
    {
        var pickleSteps = (pickle.Steps ?? []).ToDictionary(s => s.Id, StringComparer.Ordinal);
        if (!index.TestCaseByPickle.TryGetValue(pickle.Id, out var testCase)
            || !index.LastAttemptByTestCase.TryGetValue(testCase.Id, out var started))
        {
            var notRun = (pickle.Steps ?? []).Select(s => PickleStep(s, doc, ScenarioStatus.NotRun, null, started: null, testStepId: null)).ToList();
            return (ScenarioStatus.NotRun, TimeSpan.Zero, notRun);
        }
        var reports = new List<StepReport>();
        var worst = ScenarioStatus.Passed;
        foreach (var testStep in testCase.TestSteps ?? [])
        {
            index.StepResults.TryGetValue((started.Id, testStep.Id), out var result);
            var status = result is null ? ScenarioStatus.NotRun : ToStatus(result.Status);
            worst = Worse(worst, status);
            if (testStep.PickleStepId is { } psId && pickleSteps.TryGetValue(psId, out var pickleStep))
            {
                reports.Add(PickleStep(pickleStep, doc, status, result, started, testStep.Id));
            }
            else if (testStep.HookId is not null)
            {
                var hook = HookStep(testStep, status, result, started, reports.Count == 0);
                if (hook.Status != ScenarioStatus.Passed || hook.Attachments.Count > 0 || hook.Evidence.Count > 0)
                {
                    reports.Add(hook);
                }
            }
        }
        // A test case that started but never reported every step did not complete: it did not pass.
        if (worst == ScenarioStatus.NotRun && reports.Count > 0)
        {
            worst = ScenarioStatus.Skipped;
        }
        return (worst, CaseDuration(started), reports);
    }

    public static ScenarioStatus ToStatus(TestStepResultStatus status) => status switch
    {
        TestStepResultStatus.PASSED => ScenarioStatus.Passed,
        TestStepResultStatus.SKIPPED => ScenarioStatus.Skipped,
        TestStepResultStatus.PENDING => ScenarioStatus.Pending,
        TestStepResultStatus.UNDEFINED => ScenarioStatus.Undefined,
        TestStepResultStatus.AMBIGUOUS => ScenarioStatus.Ambiguous,
        TestStepResultStatus.FAILED => ScenarioStatus.Failed,
        _ => ScenarioStatus.NotRun,
    };

    private static ScenarioStatus Worse(ScenarioStatus a, ScenarioStatus b) =>
        a == ScenarioStatus.Passed && b == ScenarioStatus.NotRun ? ScenarioStatus.NotRun : (ScenarioStatus)Math.Max((int)a, (int)b);

    private TimeSpan CaseDuration(TestCaseStarted started) =>
        index.Finished.TryGetValue(started.Id, out var finished) && started.Timestamp is { } s && finished.Timestamp is { } f
            ? Time.ToDateTimeOffset(f) - Time.ToDateTimeOffset(s)
            : TimeSpan.Zero;

    private StepReport PickleStep(PickleStep step, DocumentIndex? doc, ScenarioStatus status, TestStepResult? result,
        TestCaseStarted? started, string? testStepId)
    {
        var keyword = "* ";
        if (doc is not null && step.AstNodeIds is { Count: > 0 } ids && doc.Steps.TryGetValue(ids[0], out var astStep))
        {
            keyword = astStep.Keyword;
        }
        var (attachments, evidence) = Attachments(started, testStepId);
        var snippet = status == ScenarioStatus.Undefined && index.SuggestionByPickleStep.TryGetValue(step.Id, out var suggestion)
            ? suggestion.Snippets?.FirstOrDefault()?.Code
            : null;
        return new StepReport(keyword, step.Text, status, Time.ToTimeSpan(result?.Duration), ErrorOf(result),
            IsHook: false, ArgumentText(step.Argument), attachments, evidence, snippet);
    }

    private StepReport HookStep(TestStep testStep, ScenarioStatus status, TestStepResult? result, TestCaseStarted started, bool before)
    {
        index.Hooks.TryGetValue(testStep.HookId, out var hook);
        var keyword = hook?.Type switch
        {
            HookType.BEFORE_TEST_CASE => "Before",
            HookType.AFTER_TEST_CASE => "After",
            _ => before ? "Before" : "After",
        };
        var name = hook?.Name ?? hook?.TagExpression ?? hook?.SourceReference?.Uri ?? "hook";
        var (attachments, evidence) = Attachments(started, testStep.Id);
        return new StepReport(keyword, name, status, Time.ToTimeSpan(result?.Duration), ErrorOf(result),
            IsHook: true, Argument: null, attachments, evidence);
    }

    private (IReadOnlyList<AttachmentReport>, IReadOnlyList<Evidence>) Attachments(TestCaseStarted? started, string? testStepId)
    {
        if (started is null || testStepId is null || !index.StepAttachments.TryGetValue((started.Id, testStepId), out var list))
        {
            return ([], []);
        }
        var attachments = new List<AttachmentReport>();
        var evidence = new List<Evidence>();
        foreach (var a in list)
        {
            var isBase64 = a.ContentEncoding == AttachmentContentEncoding.BASE64;
            if (a.MediaType == Evidence.MediaType && EvidenceParser.TryParse(DecodeText(a.Body, isBase64)) is { } parsed)
            {
                evidence.Add(parsed);
                continue;
            }
            attachments.Add(new AttachmentReport(a.MediaType ?? "application/octet-stream", a.FileName, a.Body ?? string.Empty, isBase64, a.Url));
        }
        return (attachments, evidence);
    }

    private static string DecodeText(string? body, bool isBase64)
    {
        if (!isBase64 || body is null)
        {
            return body ?? string.Empty;
        }
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(body));
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }

    private static string? ErrorOf(TestStepResult? result)
    {
        if (result is null)
        {
            return null;
        }
        var message = result.Exception?.Message ?? result.Message;
        return string.IsNullOrEmpty(message) ? null : message;
    }

    private static string? ArgumentText(PickleStepArgument? argument)
    {
        if (argument?.DocString is { } doc)
        {
            return doc.Content;
        }
        if (argument?.DataTable is { } table)
        {
            var rows = (table.Rows ?? []).Select(r => (r.Cells ?? []).Select(c => c.Value ?? string.Empty).ToList()).ToList();
            var widths = rows.SelectMany(r => r.Select((c, i) => (c.Length, i))).GroupBy(x => x.i).ToDictionary(g => g.Key, g => g.Max(x => x.Length));
            return string.Join('\n', rows.Select(r => "| " + string.Join(" | ", r.Select((c, i) => c.PadRight(widths[i]))) + " |"));
        }
        return null;
    }
}
