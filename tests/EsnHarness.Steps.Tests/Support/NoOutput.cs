using EsnHarness.Bdd;

namespace EsnHarness.Steps.Tests.Support;

/// <summary>An output helper for drivers under test that nobody reads.</summary>
internal sealed class NoOutput : IOutputHelper
{
    public void WriteLine(string text)
    {
    }

    public void Attach(string body, string mediaType, string? fileName = null)
    {
    }

    public void Attach(byte[] data, string mediaType, string? fileName = null)
    {
    }
}
