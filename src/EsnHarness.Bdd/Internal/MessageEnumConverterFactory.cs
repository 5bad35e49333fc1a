using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EsnHarness.Bdd.Internal;

/// <summary>Writes Cucumber Messages enums through their generated <c>XxxExtensions.Value</c> (the schema's spelling).</summary>
internal sealed class MessageEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.Namespace == "Io.Cucumber.Messages.Types";

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(MessageEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class MessageEnumConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private readonly Dictionary<T, string> _toText;
        private readonly Dictionary<string, T> _fromText;

        public MessageEnumConverter()
        {
            // A typed delegate, not MethodInfo.Invoke: reflection invoke emits IL after its second call, a cost every run paid at
            // start-up for each of the schema's enums.
            var extensions = typeof(T).Assembly.GetType(typeof(T).FullName + "Extensions");
            var value = extensions?.GetMethod("Value", BindingFlags.Public | BindingFlags.Static, [typeof(T)])?.CreateDelegate<Func<T, string>>();
            _toText = Enum.GetValues<T>().ToDictionary(v => v, v => value?.Invoke(v) ?? v.ToString());
            _fromText = _toText.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);
        }

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? string.Empty;
            return _fromText.TryGetValue(text, out var v) ? v : Enum.Parse<T>(text, ignoreCase: true);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(_toText[value]);
    }
}
