namespace EsnHarness.Stubs;

/// <summary>A stub server could not start (e.g. the port asked for is in use); the message says where and why in one line.</summary>
public sealed class StubHostException(string message, Exception? inner = null) : Exception(message, inner);
