using EsnHarness.Steps.Kpi;

namespace EsnHarness.Steps.Tests.Kpi;

public sealed class PercentilesTests
{
    [Test]
    public void NearestRank_HundredSamples_Is95thSmallest()
    {
        var samples = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToArray();

        Assert.That(Percentiles.NearestRank(samples, 95), Is.EqualTo(95));
    }

    [Test]
    public void NearestRank_FiveOfHundredAboveLimit_StaysBelowLimit()
    {
        var samples = Enumerable.Repeat(40.0, 95).Concat(Enumerable.Repeat(900.0, 5)).ToArray();

        Assert.That(Percentiles.NearestRank(samples, 95), Is.EqualTo(40));
    }

    [Test]
    public void NearestRank_SixOfHundredAboveLimit_ReachesTheSlowOnes()
    {
        var samples = Enumerable.Repeat(40.0, 94).Concat(Enumerable.Repeat(900.0, 6)).ToArray();

        Assert.That(Percentiles.NearestRank(samples, 95), Is.EqualTo(900));
    }

    [Test]
    public void NearestRank_SingleSample_IsThatSample()
    {
        Assert.That(Percentiles.NearestRank([12.5], 95), Is.EqualTo(12.5));
    }

    [Test]
    public void NearestRank_NoSamples_Throws()
    {
        Assert.That(() => Percentiles.NearestRank([], 95), Throws.ArgumentException.With.Message.Contains("No samples"));
    }

    [TestCase(0)]
    [TestCase(101)]
    public void NearestRank_PercentileOutOfRange_Throws(double percentile)
    {
        Assert.That(() => Percentiles.NearestRank([1, 2], percentile), Throws.ArgumentException.With.Message.Contains("outside"));
    }
}
