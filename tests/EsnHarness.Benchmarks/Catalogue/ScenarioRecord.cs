using System.Text.Json;

namespace EsnHarness.Benchmarks.Catalogue;

/// <summary>One scenario of a run as the catalogue benchmarks read it back; <see cref="Evidence"/> are its KPI evidence documents.</summary>
internal sealed record ScenarioRecord(string Uri, string Folder, string Name, double Seconds, bool Passed, IReadOnlyList<JsonElement> Evidence);
