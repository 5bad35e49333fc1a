using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>One parallel lane of a numbered one-to-one message stream.</summary>
/// <param name="Sender">The sender, or their copy in this lane.</param>
/// <param name="Recipient">The recipient, or their copy in this lane.</param>
/// <param name="First">Number of the lane's first message (1-based over the whole stream).</param>
/// <param name="Count">Messages the lane carries, numbered from <paramref name="First"/>.</param>
public sealed record MessageLane(UserName Sender, UserName Recipient, int First, int Count);
