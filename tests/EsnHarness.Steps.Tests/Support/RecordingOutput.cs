using System.Collections.Concurrent;
using EsnHarness.Bdd;

namespace EsnHarness.Steps.Tests.Support;

/// <summary>The scenario output of drivers under test: what they wrote and attached.</summary>
internal sealed class RecordingOutput : IOutputHelper
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ConcurrentQueue<(string FileName, string MediaType, string Body)> Attachments { get; } = new();

    public void WriteLine(string text) => Lines.Enqueue(text);

    public void Attach(string body, string mediaType, string? fileName = null) => Attachments.Enqueue((fileName ?? "", mediaType, body));

    public void Attach(byte[] data, string mediaType, string? fileName = null) => Attachments.Enqueue((fileName ?? "", mediaType, Convert.ToBase64String(data)));
}
