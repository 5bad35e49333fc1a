namespace EsnHarness.Steps.Drivers;

/// <summary>One talk burst a scenario made, as the talker's terminal saw it: what the recorder must hold.</summary>
/// <param name="Talker">Who talked.</param>
/// <param name="CallId">The call it was in.</param>
/// <param name="PressedAt">PTT press (terminal clock).</param>
/// <param name="ReleasedAt">When the terminal had no permission again after the release (terminal clock).</param>
/// <param name="FramesReceivedByMcx">Frames sent minus those the modelled uplink dropped: what reached the MCX service.</param>
public sealed record TalkTurn(CastMember Talker, string CallId, DateTimeOffset PressedAt, DateTimeOffset ReleasedAt, uint FramesReceivedByMcx);
