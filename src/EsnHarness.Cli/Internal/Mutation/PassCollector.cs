using System.Text.Json;
using EsnHarness.Bdd;
using EsnHarness.Steps.Lifecycle;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>Reads the defect-coverage attachment of each scenario of a pass from its message stream.</summary>
internal sealed class PassCollector : IEnvelopeSink
{
    private readonly Dictionary<string, string> _pickleOfTestCase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pickleOfStarted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScenarioReach> _reach = new(StringComparer.Ordinal);

    /// <summary>Per pickle id: the simulator defects its namespace consulted and the HTTP roles that received its requests.</summary>
    public IReadOnlyDictionary<string, ScenarioReach> Reach => _reach;

    public void Write(Envelope envelope)
    {
        if (envelope.TestCase is { } testCase)
        {
            _pickleOfTestCase[testCase.Id] = testCase.PickleId;
        }
        else if (envelope.TestCaseStarted is { } started && _pickleOfTestCase.TryGetValue(started.TestCaseId, out var pickle))
        {
            _pickleOfStarted[started.Id] = pickle;
        }
        else if (envelope.Attachment is { MediaType: DefectCoverage.MediaType } attachment
            && attachment.TestCaseStartedId is { } startedId && _pickleOfStarted.TryGetValue(startedId, out var owner))
        {
            using var json = JsonDocument.Parse(attachment.Body);
            _reach[owner] = new ScenarioReach(
                json.RootElement.GetProperty("consulted").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal),
                json.RootElement.GetProperty("httpRoles").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal));
        }
    }
}
