namespace EsnHarness.WebConsole.Driver;

/// <summary>A console map that cannot be used: the message is one line naming the file, the entry and field, and what is wrong.</summary>
public sealed class ConsoleMapException(string message) : Exception(message);
