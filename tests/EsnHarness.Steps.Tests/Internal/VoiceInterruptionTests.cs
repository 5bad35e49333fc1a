using EsnHarness.Steps.Internal;

namespace EsnHarness.Steps.Tests.Internal;

public sealed class VoiceInterruptionTests
{
    [Test]
    public void LongestLoss_TwoRunsMissing_TheLongerWithItsFirstFrame()
    {
        uint[] received = [0, 1, 2, 4, 5, 9, 10, 11];

        var (missing, first) = VoiceInterruption.LongestLoss(received);

        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.EqualTo(3), "frames 6, 7 and 8");
            Assert.That(first, Is.EqualTo(6u));
        });
    }

    [Test]
    public void LongestLoss_OutOfOrderWithDuplicates_NothingMissing()
    {
        uint[] received = [3, 1, 2, 2, 0, 4];

        Assert.That(VoiceInterruption.LongestLoss(received), Is.EqualTo((0, 0u)));
    }
}
