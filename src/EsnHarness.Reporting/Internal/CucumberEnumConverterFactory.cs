using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EsnHarness.Reporting.Internal;

/// <summary>
/// Cucumber's enums travel as schema strings ("PASSED", "Context", "text/x.cucumber.gherkin+plain");
/// the generated C# types expose them through <c>XxxExtensions.Value</c>. This converter uses those.
/// </summary>
internal sealed class CucumberEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.Namespace == "Io.Cucumber.Messages.Types";

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var converterType = typeof(CucumberEnumConverter<>).MakeGenericType(typeToConvert);
        return (JsonConverter)Activator.CreateInstance(converterType)!;
    }

    private sealed class CucumberEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        private readonly Dictionary<T, string> _toText = [];
        private readonly Dictionary<string, T> _fromText = new(StringComparer.Ordinal);

        public CucumberEnumConverter()
        {
            var extensions = typeof(T).Assembly.GetType(typeof(T).FullName + "Extensions");
            var valueMethod = extensions?.GetMethod("Value", BindingFlags.Public | BindingFlags.Static);
            foreach (var value in Enum.GetValues<T>())
            {
                var text = valueMethod?.Invoke(null, [value]) as string ?? value.ToString();
                _toText[value] = text;
                _fromText[text] = value;
                _fromText.TryAdd(value.ToString(), value);
            }
        }

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (text is not null && _fromText.TryGetValue(text, out var value))
            {
                return value;
            }
            throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not a valid {typeof(T).Name}");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(_toText[value]);
    }
}
