using System.Text.Json;
using System.Text.Json.Serialization;

namespace EsnHarness.Stubs.Internal.Gateway;

/// <summary>Source-generated JSON for the gateway's control API (camelCase, enums as names).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SessionOpened))]
[JsonSerializable(typeof(OpenSessionBody))]
[JsonSerializable(typeof(ScenarioStateBody))]
[JsonSerializable(typeof(FaultBody))]
[JsonSerializable(typeof(MappingAdded))]
[JsonSerializable(typeof(ControlError))]
[JsonSerializable(typeof(List<ReceivedRequest>))]
internal sealed partial class ControlJsonContext : JsonSerializerContext;
