namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>A closed set of names a places file writes for a proto enum (e.g. "deep-station"), with the error that lists them.</summary>
internal sealed class FileNames<T>(string what, IReadOnlyDictionary<string, T> names)
    where T : struct, Enum
{
    private readonly Dictionary<string, T> _names = new(names, StringComparer.OrdinalIgnoreCase);

    public T Parse(string? name, string where) =>
        name is not null && _names.TryGetValue(name, out var value)
            ? value
            : throw new SimulatorConfigurationException($"{where}: unknown {what} '{name}'; use one of {string.Join(", ", _names.Keys)}");

    public string NameOf(T value) => _names.First(kv => EqualityComparer<T>.Default.Equals(kv.Value, value)).Key;
}
