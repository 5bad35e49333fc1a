using EsnHarness.Bdd;
using EsnHarness.Steps.Kpi;

namespace EsnHarness.Steps.Tests.Kpi;

public sealed class KpiRecorderTests
{
    [Test]
    public void AssertPercentileBelow_Met_AttachesPassingEvidence()
    {
        var output = new RecordingOutput();
        var kpi = Recorder(output);
        foreach (var sample in Enumerable.Range(1, 100))
        {
            kpi.Record(Metric.AccessTime, sample);
        }

        kpi.AssertPercentileBelow(Metric.AccessTime, 95, 300, 100);

        Assert.That(output.Attachments, Has.Count.EqualTo(1));
        Assert.That(output.Attachments[0].MediaType, Is.EqualTo("application/vnd.esn.evidence+json"));
        Assert.That(Evidence.FromJson(output.Attachments[0].Body).Source, Is.EqualTo("3GPP TS 22.179 R-6.15.3.2-012"));
    }

    [Test]
    public void AssertPercentileBelow_Breached_FailsWithValueAndLimitAndStillAttaches()
    {
        var output = new RecordingOutput();
        var kpi = Recorder(output);
        foreach (var _ in Enumerable.Range(0, 100))
        {
            kpi.Record(Metric.AccessTime, 350);
        }

        Assert.That(() => kpi.AssertPercentileBelow(Metric.AccessTime, 95, 300, 100),
            Throws.TypeOf<KpiBreachException>().With.Message.Contains("p95 = 350 ms, limit < 300 ms"));
        Assert.That(Evidence.FromJson(output.Attachments.Single().Body).Verdict, Is.EqualTo("fail"));
    }

    [Test]
    public void AssertPercentileBelow_TooFewSamples_FailsNamingTheCount()
    {
        var kpi = Recorder(new RecordingOutput());
        kpi.Record(Metric.AccessTime, 10);

        Assert.That(() => kpi.AssertPercentileBelow(Metric.AccessTime, 95, 300, 100),
            Throws.TypeOf<KpiBreachException>().With.Message.Contains("only 1 sample was measured"));
    }

    [Test]
    public void RecordFailure_TooFewSamples_TheVerdictAndTheOutputSayWhyAnAttemptFailed()
    {
        var output = new RecordingOutput();
        var kpi = Recorder(output);
        foreach (var i in Enumerable.Range(1, 99))
        {
            kpi.Record(Metric.EndToEndAccessTime, 40);
            kpi.RecordOutcome(Metric.CallSetupSuccess, true);
        }

        kpi.RecordFailure(Metric.CallSetupSuccess, "call 3 by \"PC Patel\": not granted within 5000 ms");

        Assert.That(() => kpi.AssertPercentileBelow(Metric.EndToEndAccessTime, 95, 1000, 100),
            Throws.TypeOf<KpiBreachException>().With.Message.Contains("only 99 samples").And.Message.Contains("1 attempt failed, first: call 3 by \"PC Patel\": not granted within 5000 ms"));
        Assert.That(() => kpi.AssertSuccessRatio(Metric.CallSetupSuccess, 99.9, 100),
            Throws.TypeOf<KpiBreachException>().With.Message.Contains("value = 99 %").And.Message.Contains("first: call 3"));
        Assert.That(output.Lines, Has.Some.Contains("attempt failed: call 3"));
    }

    [Test]
    public void AssertSuccessRatio_OneFailureInHundred_Fails99Point9()
    {
        var kpi = Recorder(new RecordingOutput());
        foreach (var i in Enumerable.Range(0, 100))
        {
            kpi.RecordOutcome(Metric.CallSetupSuccess, i != 0);
        }

        Assert.That(() => kpi.AssertSuccessRatio(Metric.CallSetupSuccess, 99.9, 100),
            Throws.TypeOf<KpiBreachException>().With.Message.Contains("value = 99 %"));
    }

    private static KpiRecorder Recorder(IOutputHelper output) =>
        new(new ScenarioContext("KPI1", ["@kpi", "@3gpp-22.179-R-6.15.3.2-012"], new Dictionary<string, string>(), "Group calls", "features/voice/group-calls.feature", 0), output);

    private sealed class RecordingOutput : IOutputHelper
    {
        public List<(string Body, string MediaType)> Attachments { get; } = [];

        public List<string> Lines { get; } = [];

        public void WriteLine(string text) => Lines.Add(text);

        public void Attach(string body, string mediaType, string? fileName = null) => Attachments.Add((body, mediaType));

        public void Attach(byte[] data, string mediaType, string? fileName = null) => Attachments.Add((Convert.ToBase64String(data), mediaType));
    }
}
