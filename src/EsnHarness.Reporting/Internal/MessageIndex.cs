using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Internal;

/// <summary>The messages of one stream, indexed by the ids that link them.</summary>
internal sealed class MessageIndex
{
    public Meta? Meta { get; private set; }
    public List<TestRunStarted> RunsStarted { get; } = [];
    public List<TestRunFinished> RunsFinished { get; } = [];
    public List<Attachment> RunAttachments { get; } = [];
    public Dictionary<string, GherkinDocument> Documents { get; } = new(StringComparer.Ordinal);
    public List<string> DocumentOrder { get; } = [];
    public List<ParseError> ParseErrors { get; } = [];
    public Dictionary<string, Suggestion> SuggestionByPickleStep { get; } = new(StringComparer.Ordinal);
    public List<Pickle> Pickles { get; } = [];
    public Dictionary<string, Hook> Hooks { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, TestCase> TestCases { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, TestCase> TestCaseByPickle { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, TestCaseStarted> Started { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, TestCaseStarted> LastAttemptByTestCase { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, TestCaseFinished> Finished { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string CaseStarted, string Step), TestStepResult> StepResults { get; } = [];
    public Dictionary<(string CaseStarted, string Step), List<Attachment>> StepAttachments { get; } = [];

    public static MessageIndex Build(IEnumerable<Envelope> envelopes)
    {
        var index = new MessageIndex();
        foreach (var e in envelopes)
        {
            index.Add(e);
        }
        return index;
    }

    private void Add(Envelope e)
    {
        switch (e)
        {
            case { Meta: { } meta }:
                Meta ??= meta;
                break;
            case { GherkinDocument: { Uri: { } uri } doc }:
                if (Documents.TryAdd(uri, doc))
                {
                    DocumentOrder.Add(uri);
                }
                break;
            case { ParseError: { } parseError }:
                ParseErrors.Add(parseError);
                break;
            case { Suggestion: { PickleStepId: { } pickleStepId } suggestion }:
                SuggestionByPickleStep.TryAdd(pickleStepId, suggestion);
                break;
            case { Pickle: { } pickle }:
                Pickles.Add(pickle);
                break;
            case { Hook: { } hook }:
                Hooks[hook.Id] = hook;
                break;
            case { TestRunStarted: { } started }:
                RunsStarted.Add(started);
                break;
            case { TestRunFinished: { } finished }:
                RunsFinished.Add(finished);
                break;
            case { TestCase: { } testCase }:
                TestCases[testCase.Id] = testCase;
                TestCaseByPickle[testCase.PickleId] = testCase;
                break;
            case { TestCaseStarted: { } tcs }:
                AddStarted(tcs);
                break;
            case { TestCaseFinished: { } tcf }:
                Finished[tcf.TestCaseStartedId] = tcf;
                break;
            case { TestStepFinished: { } tsf }:
                StepResults[(tsf.TestCaseStartedId, tsf.TestStepId)] = tsf.TestStepResult;
                break;
            case { Attachment: { } attachment }:
                AddAttachment(attachment);
                break;
            case { ExternalAttachment: { } external } when external.TestCaseStartedId is not null:
                AddAttachment(new Attachment(string.Empty, AttachmentContentEncoding.IDENTITY, null, external.MediaType,
                    null, external.TestCaseStartedId, external.TestStepId, external.Url, null, null, external.Timestamp));
                break;
            default:
                break;
        }
    }

    private void AddStarted(TestCaseStarted tcs)
    {
        Started[tcs.Id] = tcs;
        if (!LastAttemptByTestCase.TryGetValue(tcs.TestCaseId, out var previous) || previous.Attempt <= tcs.Attempt)
        {
            LastAttemptByTestCase[tcs.TestCaseId] = tcs;
        }
    }

    private void AddAttachment(Attachment attachment)
    {
        if (attachment.TestCaseStartedId is null)
        {
            RunAttachments.Add(attachment);
            return;
        }
        var key = (attachment.TestCaseStartedId, attachment.TestStepId ?? string.Empty);
        if (!StepAttachments.TryGetValue(key, out var list))
        {
            StepAttachments[key] = list = [];
        }
        list.Add(attachment);
    }
}
