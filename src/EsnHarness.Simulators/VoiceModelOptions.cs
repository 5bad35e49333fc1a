namespace EsnHarness.Simulators;

/// <summary>
/// The terminal ends of the voice path that mouth-to-ear latency (TS 22.179 KPI3, R-6.15.3.2-015: under 300 ms for
/// 95 % of bursts) includes besides the network: the talker's codec framing and look-ahead before a frame can be sent,
/// and the listener's jitter buffer before it plays. For context, ITU-T G.114 plans one-way speech delay at up to
/// 150 ms as transparent to most users and 400 ms as the general planning limit. Each figure is configurable; the
/// defaults say where they come from.
/// </summary>
public sealed record VoiceModelOptions
{
    private readonly TimeSpan _frameDuration = TimeSpan.FromMilliseconds(20);
    private readonly TimeSpan _encoderLookAhead = TimeSpan.FromMilliseconds(5);
    private readonly TimeSpan _jitterBufferDepth = TimeSpan.FromMilliseconds(40);

    /// <summary>
    /// Audio in one codec frame: the encoder has a whole frame before it can emit it. 20 ms for AMR-WB (3GPP TS 26.190,
    /// identical to ITU-T G.722.2: 320 samples at 16 kHz), the MCPTT codec (TS 26.179); EVS also uses 20 ms frames.
    /// </summary>
    public TimeSpan FrameDuration
    {
        get => _frameDuration;
        init => _frameDuration = value > TimeSpan.Zero && value <= TimeSpan.FromMilliseconds(120)
            ? value : throw new ArgumentOutOfRangeException(nameof(FrameDuration), value, "a codec frame lasts more than 0 and at most 120 ms");
    }

    /// <summary>
    /// Encoder look-ahead: audio after the frame the encoder needs before emitting it. 5 ms for AMR-WB (TS 26.190 /
    /// G.722.2), so a frame leaves the talker's codec 25 ms (frame plus look-ahead, the algorithmic delay) after its
    /// first sample was spoken. Encoder processing time is not modelled (a real terminal adds it).
    /// </summary>
    public TimeSpan EncoderLookAhead
    {
        get => _encoderLookAhead;
        init => _encoderLookAhead = value >= TimeSpan.Zero && value <= TimeSpan.FromMilliseconds(100)
            ? value : throw new ArgumentOutOfRangeException(nameof(EncoderLookAhead), value, "the look-ahead is 0 to 100 ms");
    }

    /// <summary>
    /// Jitter buffer depth: the first frame of a talk burst waits this long after it arrives before it plays, and the
    /// rest keep the talker's timing from it, so arrival jitter up to the depth is absorbed. 40 ms (two frames) is a
    /// modelling assumption: TS 26.114 §8.2.3 sets the jitter buffer's performance requirements (keep the buffering
    /// time, decoding start minus arrival, as low as jitter-induced concealment allows), not a depth.
    /// </summary>
    public TimeSpan JitterBufferDepth
    {
        get => _jitterBufferDepth;
        init => _jitterBufferDepth = value >= TimeSpan.Zero && value <= TimeSpan.FromSeconds(1)
            ? value : throw new ArgumentOutOfRangeException(nameof(JitterBufferDepth), value, "the jitter buffer holds 0 to 1000 ms");
    }

    /// <summary>The codec's algorithmic delay: a frame is sent this long after its first sample was spoken.</summary>
    public TimeSpan AlgorithmicDelay(TimeSpan frame) => frame + EncoderLookAhead;
}
