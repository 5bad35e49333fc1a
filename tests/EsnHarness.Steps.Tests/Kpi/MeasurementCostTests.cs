using EsnHarness.Steps.Kpi;

namespace EsnHarness.Steps.Tests.Kpi;

public sealed class MeasurementCostTests
{
    [Test]
    public void Estimate_RepeatedAttempts_LongerMeasurementsCostMore()
    {
        var bursts = MeasurementCost.Estimate(["150 ms added latency at the site serving \"Bank\"", "\"PC Patel\" talks in 100 bursts on \"MPS-WM-OPS1\""]);
        var presses = MeasurementCost.Estimate(["\"FF Jones\" presses PTT on \"FLON-OPS01\" 100 times"]);
        var fewPresses = MeasurementCost.Estimate(["\"FF Jones\" presses PTT on \"FLON-OPS01\" 5 times"]);
        var messages = MeasurementCost.Estimate(["\"PC Patel\" sends 1000 SDS to \"PS Okoro\""]);

        Assert.Multiple(() =>
        {
            Assert.That(bursts, Is.GreaterThan(presses));
            Assert.That(presses, Is.GreaterThan(fewPresses));
            Assert.That(messages, Is.GreaterThan(0));
        });
    }

    [Test]
    public void Estimate_NoRepeatedAttempts_Zero() =>
        Assert.That(MeasurementCost.Estimate(["\"PC Patel\" sends the SDS \"Suspect heading north\" to \"PS Okoro\"", "the 95th percentile access time is below 300 ms over at least 100 attempts"]), Is.EqualTo(0));
}
