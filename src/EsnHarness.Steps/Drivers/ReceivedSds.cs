namespace EsnHarness.Steps.Drivers;

/// <summary>A short data message (text or status) as a terminal received it.</summary>
/// <param name="MessageId">End-to-end message ID.</param>
/// <param name="Sender">Sender as the feature names them.</param>
/// <param name="Text">Text payload ("" for a status).</param>
/// <param name="StatusCode">Status value for a status message, else 0.</param>
/// <param name="SentAt">When the sender sent it (sender clock), if known.</param>
/// <param name="ReceivedAt">When the terminal received it (terminal clock).</param>
/// <param name="DuplicatesDiscarded">Copies the terminal discarded as duplicates.</param>
public sealed record ReceivedSds(string MessageId, string Sender, string Text, uint StatusCode, DateTime? SentAt, DateTime ReceivedAt, uint DuplicatesDiscarded);
