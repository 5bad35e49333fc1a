namespace EsnHarness.Steps.Kpi;

/// <summary>A measured requirement was not met; the message shows value against limit.</summary>
public sealed class KpiBreachException(string message) : Exception(message);
