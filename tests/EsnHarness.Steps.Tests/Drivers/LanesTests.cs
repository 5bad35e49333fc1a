using EsnHarness.Steps.Drivers;

namespace EsnHarness.Steps.Tests.Drivers;

public sealed class LanesTests
{
    [TestCase(1, 1)]
    [TestCase(39, 1)]
    [TestCase(40, 2)]
    [TestCase(60, 3)]
    [TestCase(100, 3)]
    [TestCase(1000, 3)]
    public void LanesFor_Attempts_AtLeastTwentyPerLaneAndAtMostThree(int times, int expected) =>
        Assert.That(Lanes.LanesFor(times), Is.EqualTo(expected));

    [TestCase(99, 1)]
    [TestCase(200, 2)]
    [TestCase(1000, 10)]
    [TestCase(5000, 10)]
    public void SetupLanesFor_Attempts_AtLeastHundredPerLaneAndAtMostTen(int times, int expected) =>
        Assert.That(Lanes.SetupLanesFor(times), Is.EqualTo(expected));

    [TestCase(199, 1)]
    [TestCase(200, 2)]
    [TestCase(1000, 10)]
    public void MessageLanesFor_Count_AtLeastHundredPerLaneAndAtMostTen(int count, int expected) =>
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
