using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Tests.TestData;

/// <summary>Runs of part of a catalogue: the documents of every feature, only some pickles, and the run info's selection.</summary>
public static class SubsetRuns
{
    /// <summary>
    /// A voice feature with three @must requirements of which a "@LAS" run selects one (it passes), and an emergency
    /// feature nothing of which is selected. Readiness: LAS voice 1 passing; MPS voice 2 not run; MPS emergency 1 not run.
    /// </summary>
    public static RunBuilder LasOnly()
    {
        var run = new RunBuilder().WithRunInfo("reference", new Dictionary<string, string>())
            .WithSelection(new { features = new[] { "features" }, tags = "@LAS and @must", tagsFrom = "command line" });
        var voice = run.Feature("features/voice/calls.feature", "Group calls");
        voice.Scenario("Ambulance group call", "@REQ-LDN-VOICE-101", "@LAS", "@must").Given("a call on LAS-OPS01");
        voice.Scenario("Police group call", "@REQ-LDN-VOICE-102", "@MPS", "@must").Unselected().Given("a call on MPS-OPS01");
        voice.Scenario("Police talk-around", "@REQ-LDN-VOICE-103", "@MPS", "@must").Unselected().Given("a talk-around on MPS-DMO1");
        run.Feature("features/emergency/alert.feature", "Emergency alerts")
            .Scenario("Officer alert", "@REQ-LDN-EMERG-101", "@MPS", "@must").Unselected().Given("an officer presses the button");
        return run;
    }

    /// <summary>The stream without the pickles <paramref name="leaveOut"/> picks, nor anything of their test cases: as a narrower selection would have written it.</summary>
    public static List<Envelope> WithoutPickles(IEnumerable<Envelope> envelopes, Func<Pickle, bool> leaveOut)
    {
        var all = envelopes.ToList();
        var pickles = all.Select(e => e.Pickle).OfType<Pickle>().Where(leaveOut).Select(p => p.Id).ToHashSet();
        var cases = all.Select(e => e.TestCase).OfType<TestCase>().Where(c => pickles.Contains(c.PickleId)).Select(c => c.Id).ToHashSet();
        var started = all.Select(e => e.TestCaseStarted).OfType<TestCaseStarted>().Where(s => cases.Contains(s.TestCaseId)).Select(s => s.Id).ToHashSet();
        return all.Where(e => !(e.Pickle is { } p && pickles.Contains(p.Id))
            && !(e.TestCase is { } c && cases.Contains(c.Id))
            && !(e.TestCaseStarted is { } s && started.Contains(s.Id))
            && !(e.TestStepStarted is { } ss && started.Contains(ss.TestCaseStartedId))
            && !(e.TestStepFinished is { } sf && started.Contains(sf.TestCaseStartedId))
            && !(e.TestCaseFinished is { } cf && started.Contains(cf.TestCaseStartedId))
            && !(e.Attachment is { TestCaseStartedId: { } a } && started.Contains(a))).ToList();
    }
}
