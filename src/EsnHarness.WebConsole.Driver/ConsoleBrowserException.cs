namespace EsnHarness.WebConsole.Driver;

/// <summary>No usable Chromium: a one-line message that says what to install or set.</summary>
public sealed class ConsoleBrowserException(string message) : Exception(message);
