namespace EsnHarness.WebConsole;

/// <summary>The console cannot start as configured (unreachable MCX, unknown group, bad certificate, port in use): one line
/// that says what is wrong.</summary>
public sealed class WebConsoleConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
