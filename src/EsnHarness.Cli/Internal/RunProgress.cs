using EsnHarness.Bdd;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// Follows the message stream and keeps the counts a person watches: scenarios done, passed, not passed, and what runs now.
/// The runner calls <see cref="Write"/> from one thread at a time; the display reads a snapshot from another.
/// </summary>
internal sealed class RunProgress(Action<string>? onFinishedLine) : IEnvelopeSink
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Pickle> _pickles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pickleOfTestCase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _testCaseOfStarted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TestStepResultStatus> _worst = new(StringComparer.Ordinal);
    private readonly HashSet<string> _running = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _lineOfNode = new(StringComparer.Ordinal);
    private int _total;
    private int _done;
    private int _passed;
    private int _skipped;
    private int _failed;
    private int _catalogue;

    /// <summary>Scenarios (example rows counted one by one) in every feature document of the run, selected or not.</summary>
    public int CatalogueScenarios
    {
        get
        {
            lock (_gate)
            {
                return _catalogue;
            }
        }
    }

    public (int Total, int Done, int Passed, int Skipped, int Failed, string? Current) Snapshot()
    {
        lock (_gate)
        {
            var current = _running.Count == 0 ? null : Name(_running.First());
            return (_total, _done, _passed, _skipped, _failed, current);
        }
    }

    public void Write(Envelope envelope)
    {
        lock (_gate)
        {
            switch (envelope)
            {
                case { GherkinDocument: { Feature: { } feature } }:
                    RememberLines(feature.Children.SelectMany(child => child.Rule is { } rule ? rule.Children.Select(c => c.Scenario) : [child.Scenario]));
                    break;
                case { Pickle: { } pickle }:
                    _pickles[pickle.Id] = pickle;
                    break;
                case { TestCase: { } testCase }:
                    _pickleOfTestCase[testCase.Id] = testCase.PickleId;
                    _total++;
                    break;
                case { TestCaseStarted: { } started }:
                    _testCaseOfStarted[started.Id] = started.TestCaseId;
                    _running.Add(started.Id);
                    break;
                case { TestStepFinished: { } step }:
                    var status = step.TestStepResult.Status;
                    _worst[step.TestCaseStartedId] = _worst.TryGetValue(step.TestCaseStartedId, out var worst) && worst > status ? worst : status;
                    break;
                case { TestCaseFinished: { } finished }:
                    Finish(finished);
                    break;
            }
        }
    }

    private void Finish(TestCaseFinished finished)
    {
        _running.Remove(finished.TestCaseStartedId);
        var status = _worst.GetValueOrDefault(finished.TestCaseStartedId, TestStepResultStatus.PASSED);
        _worst.Remove(finished.TestCaseStartedId);
        if (finished.WillBeRetried)
        {
            onFinishedLine?.Invoke($"  retry   {Location(finished.TestCaseStartedId)}  {Name(finished.TestCaseStartedId)}");
            return;
        }

        _done++;
        switch (status)
        {
            case TestStepResultStatus.PASSED:
                _passed++;
                break;
            case TestStepResultStatus.SKIPPED:
                _skipped++;
                break;
            default:
                _failed++;
                break;
        }

        onFinishedLine?.Invoke($"  {status.ToString().ToLowerInvariant(),-9} {Location(finished.TestCaseStartedId)}  {Name(finished.TestCaseStartedId)}");
    }

    private Pickle? PickleOf(string testCaseStartedId) =>
        _testCaseOfStarted.TryGetValue(testCaseStartedId, out var testCase) && _pickleOfTestCase.TryGetValue(testCase, out var pickleId)
            ? _pickles.GetValueOrDefault(pickleId)
            : null;

    private string Name(string testCaseStartedId) => PickleOf(testCaseStartedId)?.Name ?? "?";

    /// <summary><c>uri:line</c> of the scenario, or of its example row for an outline: what <c>esn run -f</c> takes to run it again.</summary>
    private string Location(string testCaseStartedId) => PickleOf(testCaseStartedId) is { } pickle
        ? pickle.AstNodeIds.Count > 0 && _lineOfNode.TryGetValue(pickle.AstNodeIds[^1], out var line) ? $"{pickle.Uri}:{line}" : pickle.Uri
        : "?";

    private void RememberLines(IEnumerable<Scenario?> scenarios)
    {
        foreach (var scenario in scenarios.OfType<Scenario>())
        {
            _catalogue += scenario.Examples.Count == 0 ? 1 : scenario.Examples.Sum(examples => examples.TableBody.Count);
            _lineOfNode[scenario.Id] = scenario.Location.Line;
            foreach (var row in scenario.Examples.SelectMany(examples => examples.TableBody))
            {
                _lineOfNode[row.Id] = row.Location.Line;
            }
        }
    }
}
