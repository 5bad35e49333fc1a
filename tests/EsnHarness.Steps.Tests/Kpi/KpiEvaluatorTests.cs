using EsnHarness.Steps.Kpi;

namespace EsnHarness.Steps.Tests.Kpi;

public sealed class KpiEvaluatorTests
{
    [Test]
    public void Percentile_BelowLimit_Passes()
    {
        var evidence = KpiEvaluator.Percentile(Metric.AccessTime, [10, 20, 30, 40], 95, 300, "3GPP TS 22.179 R-6.15.3.2-012");

        Assert.Multiple(() =>
        {
            Assert.That(evidence.Verdict, Is.EqualTo("pass"));
            Assert.That(evidence.Value, Is.EqualTo(40));
            Assert.That(evidence.Metric, Is.EqualTo("KPI1 access time"));
            Assert.That(evidence.Count, Is.EqualTo(4));
            Assert.That(evidence.Comparison, Is.EqualTo("<"));
        });
    }

    [Test]
    public void Percentile_AtLimit_Fails()
    {
        var evidence = KpiEvaluator.Percentile(Metric.AccessTime, [300], 95, 300, null);

        Assert.That(evidence.Verdict, Is.EqualTo("fail"));
    }

    [Test]
    public void Describe_Breach_ShowsPercentileValueAndLimit()
    {
        var evidence = KpiEvaluator.Percentile(Metric.AccessTime, Enumerable.Repeat(412.5, 100).ToArray(), 95, 300, null);

        Assert.That(KpiEvaluator.Describe(evidence), Is.EqualTo("KPI1 access time: p95 = 412.5 ms, limit < 300 ms (100 samples)"));
    }

    [Test]
    public void Single_SuccessRatioAtLeast_PassesAtTheFloor()
    {
        var evidence = KpiEvaluator.Single(Metric.CallSetupSuccess, 99.9, 99.9, Comparison.AtLeast, null);

        Assert.Multiple(() =>
        {
            Assert.That(evidence.Verdict, Is.EqualTo("pass"));
            Assert.That(evidence.Percentile, Is.Null);
            Assert.That(evidence.Comparison, Is.EqualTo(">="));
        });
    }

    [TestCase(new[] { "@voice", "@3gpp-22.179-R-6.15.3.2-012" }, "3GPP TS 22.179 R-6.15.3.2-012")]
    [TestCase(new[] { "@3gpp-24.380" }, "3GPP TS 24.380")]
    [TestCase(new[] { "@london-assumption" }, "London assumption (configurable)")]
    [TestCase(new[] { "@must" }, null)]
    public void SourceFromTags_Tags_NameTheSource(string[] tags, string? expected)
    {
        Assert.That(KpiEvaluator.SourceFromTags(tags), Is.EqualTo(expected));
    }
}
