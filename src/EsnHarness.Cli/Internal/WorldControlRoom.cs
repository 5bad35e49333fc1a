namespace EsnHarness.Cli.Internal;

/// <summary>A control room: the name to type, its agency and where its consoles log on.</summary>
internal sealed record WorldControlRoom(string Name, string Agency, string ConsolePlace);
