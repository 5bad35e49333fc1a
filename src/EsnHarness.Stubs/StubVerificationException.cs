namespace EsnHarness.Stubs;

/// <summary>A stub did not receive the requests a scenario expected. The message says what was expected, lists
/// the requests the endpoint received and, for the closest one, which condition did not match.</summary>
public sealed class StubVerificationException(string message) : Exception(message);
