using EsnHarness.Bdd;

namespace EsnHarness.Tests.Support;

/// <summary>An output helper that drops what a driver writes (tests that assert on what the driver returns).</summary>
public sealed class NoOutput : IOutputHelper
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
