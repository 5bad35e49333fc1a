using EsnHarness.Steps.Drivers;

namespace EsnHarness.Steps.Tests.Drivers;

public sealed class LanesTests
{
    [TestCase(1, 1)]
    [TestCase(19, 1)]
    [TestCase(20, 2)]
    [TestCase(60, 6)]
    [TestCase(100, 10)]
    [TestCase(1000, 10)]
    public void LanesFor_Attempts_AtLeastTenPerLaneAndAtMostTen(int times, int expected) =>
        Assert.That(Lanes.LanesFor(times), Is.EqualTo(expected));

    [TestCase(100, 4, 4)]
    [TestCase(30, 4, 3)]
    [TestCase(5, 4, 1)]
    public void LanesFor_WithAMaximum_NeverMoreThanIt(int times, int max, int expected) =>
        Assert.That(Lanes.LanesFor(times, max), Is.EqualTo(expected));

    [TestCase(49, 1)]
    [TestCase(50, 2)]
    [TestCase(100, 4)]
    [TestCase(1000, 10)]
    [TestCase(5000, 10)]
    public void SetupLanesFor_Attempts_AtLeastTwentyFivePerLaneAndAtMostTen(int times, int expected) =>
        Assert.That(Lanes.SetupLanesFor(times), Is.EqualTo(expected));

    [TestCase(99, 1)]
    [TestCase(100, 2)]
    [TestCase(200, 4)]
    [TestCase(1000, 10)]
    public void MessageLanesFor_Count_AtLeastFiftyPerLaneAndAtMostTen(int count, int expected) =>
        Assert.That(Lanes.MessageLanesFor(count), Is.EqualTo(expected));

    [TestCase(100, 5)]
    [TestCase(101, 5)]
    [TestCase(7, 3)]
    [TestCase(1000, 4)]
    public void ShareOf_EveryLane_SharesAddUpToTheAttemptsAndDifferByAtMostOne(int times, int lanes)
    {
        var shares = Enumerable.Range(0, lanes).Select(i => Lanes.ShareOf(times, lanes, i)).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(shares.Sum(), Is.EqualTo(times));
            Assert.That(shares.Max() - shares.Min(), Is.LessThanOrEqualTo(1));
        });
    }
}
