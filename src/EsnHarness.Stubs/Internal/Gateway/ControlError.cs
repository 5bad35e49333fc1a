namespace EsnHarness.Stubs.Internal.Gateway;

/// <summary>Body of every refused control request: one line saying what is wrong.</summary>
internal sealed record ControlError(string Error);
