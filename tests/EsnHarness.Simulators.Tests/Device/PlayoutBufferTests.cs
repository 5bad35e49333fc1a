using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Device;
using Google.Protobuf.WellKnownTypes;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>The listener's jitter buffer on hand-made arrival times (no clock): ordering, absorbed jitter, discards.</summary>
public sealed class PlayoutBufferTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-23T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Depth = TimeSpan.FromMilliseconds(40);
    private static readonly TimeSpan Transit = TimeSpan.FromMilliseconds(60);

    [Test]
    public void Play_JitterWithinTheDepth_FramesPlayEvenlySpacedShiftedByAtMostTheDepth()
    {
        var buffer = new PlayoutBuffer(Depth, bypass: DefectSwitch.Off);
        double[] jitterMs = [12, 0, 35, 5, 40, 18, 1, 29];

        var played = jitterMs.Select((j, i) => buffer.Play(Packet((uint)i), Spoken(i) + Transit + TimeSpan.FromMilliseconds(j))!.Value).ToList();

        Assert.Multiple(() =>
        {
            for (var i = 0; i < played.Count; i++)
            {
                // Without jitter frame i would play at spoken + transit + depth; jitter up to the depth moves it by at most that.
                var shift = played[i] - (Spoken(i) + Transit + Depth);
                Assert.That(shift, Is.InRange(TimeSpan.Zero, Depth), $"frame {i}");
                if (i > 0)
                {
                    Assert.That(played[i] - played[i - 1], Is.EqualTo(Frame), $"frame {i} keeps the talker's 20 ms spacing");
                }
            }
        });
    }

    [Test]
    public void Play_FirstFrameOfABurst_WaitsTheBufferDepthAfterArrival()
    {
        var buffer = new PlayoutBuffer(Depth, bypass: DefectSwitch.Off);
        var arrival = Spoken(0) + Transit;

        Assert.That(buffer.Play(Packet(0), arrival), Is.EqualTo(arrival + Depth));
    }

    [Test]
    public void Play_FrameLaterThanItsSlot_PlaysOnArrivalAndTheNextNeverBeforeItEnds()
    {
        var buffer = new PlayoutBuffer(Depth, bypass: DefectSwitch.Off);
        var first = buffer.Play(Packet(0), Spoken(0) + Transit)!.Value;

        var late = buffer.Play(Packet(1), Spoken(1) + Transit + TimeSpan.FromMilliseconds(100))!.Value;
        var next = buffer.Play(Packet(2), Spoken(2) + Transit)!.Value;

        Assert.Multiple(() =>
        {
            Assert.That(late, Is.EqualTo(Spoken(1) + Transit + TimeSpan.FromMilliseconds(100)), "past its slot: plays on arrival");
            Assert.That(late, Is.GreaterThan(first + Frame));
            Assert.That(next, Is.EqualTo(late + Frame), "waits for the late frame to finish");
        });
    }

    [Test]
    public void Play_DuplicateOrOlderFrame_Discarded()
    {
        var buffer = new PlayoutBuffer(Depth, bypass: DefectSwitch.Off);
        buffer.Play(Packet(0), Spoken(0) + Transit);
        buffer.Play(Packet(1), Spoken(1) + Transit);

        Assert.Multiple(() =>
        {
            Assert.That(buffer.Play(Packet(1), Spoken(1) + Transit + Frame), Is.Null, "duplicate");
            Assert.That(buffer.Play(Packet(0), Spoken(2) + Transit), Is.Null, "older than one already played");
        });
    }

    [Test]
    public void Play_AnotherBurst_StartsItsOwnSchedule()
    {
        var buffer = new PlayoutBuffer(Depth, bypass: DefectSwitch.Off);
        buffer.Play(Packet(0), Spoken(0) + Transit);
        var arrival = Spoken(50) + Transit;

        Assert.That(buffer.Play(Packet(0, burst: 2), arrival), Is.EqualTo(arrival + Depth));
    }

    [Test]
    public void Play_InterleavedBursts_EachKeepsItsOwnSchedule()
    {
        var buffer = new PlayoutBuffer(Depth, bypass: DefectSwitch.Off);
        var later = TimeSpan.FromMilliseconds(15);
        var firstOfOne = buffer.Play(Packet(0), Spoken(0) + Transit)!.Value;
        var firstOfTwo = buffer.Play(Packet(0, burst: 2), Spoken(0) + Transit + later)!.Value;

        var secondOfOne = buffer.Play(Packet(1), Spoken(1) + Transit);
        var secondOfTwo = buffer.Play(Packet(1, burst: 2), Spoken(1) + Transit + later);
        var duplicateOfOne = buffer.Play(Packet(1), Spoken(1) + Transit + Frame);

        Assert.Multiple(() =>
        {
            Assert.That(secondOfOne, Is.EqualTo(firstOfOne + Frame));
            Assert.That(secondOfTwo, Is.EqualTo(firstOfTwo + Frame));
            Assert.That(duplicateOfOne, Is.Null, "burst 1 still knows its last frame after burst 2's");
        });
    }

    [Test]
    public void Play_ABurstForgottenAfter32Others_StartsAFreshSchedule()
    {
        var buffer = new PlayoutBuffer(Depth, bypass: DefectSwitch.Off);
        buffer.Play(Packet(0), Spoken(0) + Transit);
        for (uint burst = 2; burst <= 33; burst++)
        {
            buffer.Play(Packet(0, burst), Spoken(0) + Transit);
        }

        var arrival = Spoken(1) + Transit + TimeSpan.FromMilliseconds(100);

        Assert.That(buffer.Play(Packet(1), arrival), Is.EqualTo(arrival + Depth), "played as the first frame of a burst it no longer knows");
    }

    [Test]
    public void Play_WithoutABuffer_FramesPlayOnArrivalAndOverlap()
    {
        var buffer = new PlayoutBuffer(Depth, bypass: DefectSwitch.Of(DefectSet.Of([DeviceDefects.JitterBufferMissing.Name]), DeviceDefects.JitterBufferMissing));
        var first = buffer.Play(Packet(0), Spoken(0) + Transit + TimeSpan.FromMilliseconds(30))!.Value;

        var second = buffer.Play(Packet(1), Spoken(1) + Transit)!.Value;
        var duplicate = buffer.Play(Packet(1), Spoken(1) + Transit + TimeSpan.FromMilliseconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.LessThan(first + Frame), "the second frame starts before the first has finished");
            Assert.That(duplicate, Is.Not.Null, "a duplicate plays again");
        });
    }

    private static DateTimeOffset Spoken(int frame) => Start + (Frame * frame);

    private static MediaPacket Packet(uint sequence, uint burst = 1) => new()
    {
        CallId = "call-1", SenderMcpttId = "sip:talker@esn", BurstId = burst, Sequence = sequence, FrameDurationMs = 20,
        SentAt = Timestamp.FromDateTimeOffset(Spoken((int)sequence)),
    };
}
