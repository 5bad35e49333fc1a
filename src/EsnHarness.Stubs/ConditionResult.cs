namespace EsnHarness.Stubs;

/// <summary>Whether one request meets one condition, and what the request had instead.</summary>
/// <param name="Matched">True when the condition holds.</param>
/// <param name="Actual">What the request had, for the failure message (e.g. <c>"GET"</c>, <c>no such header</c>).</param>
public readonly record struct ConditionResult(bool Matched, string Actual);
