namespace EsnHarness.Bdd;

/// <summary>Thrown by <see cref="DataTable.CompareToSet{T}"/> when the set differs from the table; the message lists the differing rows.</summary>
public sealed class DataTableComparisonException(string message) : Exception(message);
