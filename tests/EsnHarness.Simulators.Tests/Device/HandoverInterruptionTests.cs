using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Device;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>
/// A terminal's radio link on a fake clock: a handover to a new cell interrupts the user plane for the link's
/// handover_interruption_ms from when the terminal takes the new cell, costing at most that much audio, and only a
/// handover does.
/// </summary>
public sealed class HandoverInterruptionTests
{
    private static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(20);

    [Test]
    public void Apply_HandoverToANewCell_FramesLostForTheInterruptionOnly()
    {
        var (radio, time) = New();
        radio.Apply(Link("CELL-LU-ANGEL", version: 1));

        radio.Apply(Link("CELL-LU-NORTHERN-ANGEL-BANK", version: 2, from: "CELL-LU-ANGEL", interruptionMs: 60));
        var at0 = radio.LosesFrameToHandover(Frame);
        time.Advance(TimeSpan.FromMilliseconds(20));
        var at20 = radio.LosesFrameToHandover(Frame);
        time.Advance(TimeSpan.FromMilliseconds(40));
        var at60 = radio.LosesFrameToHandover(Frame);

        Assert.Multiple(() =>
        {
            Assert.That(at0, Is.True, "lost as the terminal takes the new cell");
            Assert.That(at20, Is.True, "still lost 20 ms on");
            Assert.That(at60, Is.False, "the user plane is back after 60 ms");
        });
    }

    [Test]
    public void Apply_FramesBunchedIntoTheInterruption_NoMoreAudioLostThanItsLength()
    {
        var (radio, _) = New();
        radio.Apply(Link("CELL-LU-ANGEL", version: 1));
        radio.Apply(Link("CELL-LU-NORTHERN-ANGEL-BANK", version: 2, from: "CELL-LU-ANGEL", interruptionMs: 40));

        // Eight frames reaching the link at one instant (a host running late delivers them together).
        var lost = Enumerable.Range(0, 8).Count(_ => radio.LosesFrameToHandover(Frame));

        Assert.That(lost, Is.EqualTo(2), "40 ms of audio: two 20 ms frames");
    }

    [Test]
    public void Apply_SameCellChangesLater_NoNewInterruption()
    {
        var (radio, time) = New();
        radio.Apply(Link("CELL-LU-ANGEL", version: 1));
        radio.Apply(Link("CELL-LU-NORTHERN-ANGEL-BANK", version: 2, from: "CELL-LU-ANGEL", interruptionMs: 40));
        time.Advance(TimeSpan.FromMilliseconds(100));

        // A later change in the same cell (congestion, a fault) still names the last handover; it is not a new one.
        radio.Apply(Link("CELL-LU-NORTHERN-ANGEL-BANK", version: 3, from: "CELL-LU-ANGEL", interruptionMs: 40));

        Assert.That(radio.LosesFrameToHandover(Frame), Is.False);
    }

    [Test]
    public void Apply_MoveWithoutHandover_NoInterruption()
    {
        var (radio, _) = New();
        radio.Apply(Link("CELL-LU-ANGEL", version: 1));

        // Out of service before the move (no handover: the network reselected, the terminal did not hand over).
        radio.Apply(Link("CELL-LU-BANK", version: 2));

        Assert.That(radio.LosesFrameToHandover(Frame), Is.False);
    }

    private static (RadioLink Radio, FakeTimeProvider Time) New()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-05T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        return (new RadioLink("crew", new Random(1), time), time);
    }

    private static LinkConditions Link(string cell, ulong version, string from = "", uint interruptionMs = 0) => new()
    {
        TerminalId = "crew",
        PlaceId = "p",
        CellId = cell,
        InService = true,
        Version = version,
        HandoverFromCellId = from,
        HandoverInterruptionMs = interruptionMs,
    };
}
