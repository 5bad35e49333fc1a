using System.Reflection;

namespace EsnHarness.Bdd.Internal;

/// <summary>Creates objects from table rows: settable properties, or the constructor whose parameters the columns name.</summary>
internal static class TableObjectFactory
{
    public static string Normalise(string name) =>
        new string(name.Where(c => !char.IsWhiteSpace(c) && c != '_' && c != '-').ToArray()).ToLowerInvariant();

    public static T Create<T>(IReadOnlyDictionary<string, string> values)
    {
        var type = typeof(T);
        var byName = values.ToDictionary(kv => Normalise(kv.Key), kv => kv.Value, StringComparer.Ordinal);
        var headers = values.Keys.ToDictionary(Normalise, k => k, StringComparer.Ordinal);
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        foreach (var key in byName.Keys)
        {
            if (!properties.Any(p => Normalise(p.Name) == key))
            {
                throw new InvalidOperationException($"{type.Name} has no property for the table column '{values.Keys.First(k => Normalise(k) == key)}'.");
            }
        }

        var ctor = type.GetConstructors().OrderBy(c => c.GetParameters().Length)
            .FirstOrDefault(c => c.GetParameters().All(p => p.HasDefaultValue || byName.ContainsKey(Normalise(p.Name ?? string.Empty))))
            ?? throw new InvalidOperationException($"{type.Name} needs a parameterless constructor or one whose parameters the table's columns name.");
        var used = new HashSet<string>(StringComparer.Ordinal);
        var args = ctor.GetParameters().Select(p =>
        {
            var key = Normalise(p.Name ?? string.Empty);
            if (byName.TryGetValue(key, out var text))
            {
                used.Add(key);
                return ConvertCell(text, p.ParameterType, headers[key]);
            }

            return p.DefaultValue;
        }).ToArray();
        var instance = (T)ctor.Invoke(args);
        foreach (var property in properties.Where(p => !used.Contains(Normalise(p.Name)) && byName.ContainsKey(Normalise(p.Name))))
        {
            if (property.SetMethod is null)
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name} cannot be set from the table.");
            }

            property.SetValue(instance, ConvertCell(byName[Normalise(property.Name)], property.PropertyType, headers[Normalise(property.Name)]));
        }

        return instance;
    }

    private static object? ConvertCell(string text, Type type, string name)
    {
        try
        {
            return ValueConverter.Convert(text, type);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"Column '{name}': {ex.Message}", ex);
        }
    }
}
