using System.Text.Json;
using EsnHarness.Steps.Kpi;

namespace EsnHarness.Steps.Tests.Kpi;

public sealed class EvidenceTests
{
    [Test]
    public void ToJson_Percentile_HasTheContractFields()
    {
        var evidence = KpiEvaluator.Percentile(Metric.AccessTime, [12.1, 40.0], 95, 300, "3GPP TS 22.179 R-6.15.3.2-012");

        using var json = JsonDocument.Parse(evidence.ToJson());
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("metric").GetString(), Is.EqualTo("KPI1 access time"));
            Assert.That(root.GetProperty("unit").GetString(), Is.EqualTo("ms"));
            Assert.That(root.GetProperty("percentile").GetDouble(), Is.EqualTo(95));
            Assert.That(root.GetProperty("limit").GetDouble(), Is.EqualTo(300));
            Assert.That(root.GetProperty("comparison").GetString(), Is.EqualTo("<"));
            Assert.That(root.GetProperty("value").GetDouble(), Is.EqualTo(40.0));
            Assert.That(root.GetProperty("verdict").GetString(), Is.EqualTo("pass"));
            Assert.That(root.GetProperty("samples").GetArrayLength(), Is.EqualTo(2));
            Assert.That(root.GetProperty("count").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("source").GetString(), Is.EqualTo("3GPP TS 22.179 R-6.15.3.2-012"));
            Assert.That(root.EnumerateObject().Count(), Is.EqualTo(10));
        });
    }

    [Test]
    public void ToJson_SingleValue_WritesPercentileNull()
    {
        var evidence = KpiEvaluator.Single(Metric.Single("Emergency alert delivery time"), 41.2, 2000, Comparison.Below, null);

        using var json = JsonDocument.Parse(evidence.ToJson());
        Assert.That(json.RootElement.GetProperty("percentile").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void FromJson_RoundTrip_KeepsValues()
    {
        var evidence = KpiEvaluator.Percentile(Metric.MouthToEar, [1, 2, 3], 95, 300, null);

        var back = Evidence.FromJson(evidence.ToJson());

        Assert.That(back with { Samples = evidence.Samples }, Is.EqualTo(evidence));
    }
}
