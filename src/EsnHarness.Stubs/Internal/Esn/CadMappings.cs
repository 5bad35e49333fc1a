using System.Text.Json.Nodes;

namespace EsnHarness.Stubs.Internal.Esn;

/// <summary>The run-time mappings a scenario adds to its CAD stub session: incidents it dispatches and resources it
/// registers, each a WireMock scenario whose state is what the CAD holds.</summary>
internal static class CadMappings
{
    /// <summary>Priority of a registered resource's status updates and of an incident's acknowledgement (ahead of the
    /// files, behind defect mappings).</summary>
    public const int Update = -10;

    /// <summary>Priority of a record in a later state, ahead of its initial record.</summary>
    public const int Held = -11;

    public static string Mapping(string title, int priority, string? scenario, string? whenStateIs, string? setStateTo, string method, string path, int status, JsonNode body,
        string? jmesPath = null, (string Name, string Value)? query = null)
    {
        var request = new JsonObject { ["Path"] = path, ["Methods"] = new JsonArray(method) };
        if (jmesPath is not null)
        {
            request["Body"] = new JsonObject { ["Matcher"] = new JsonObject { ["Name"] = "JmesPathMatcher", ["Pattern"] = jmesPath } };
        }

        if (query is { } q)
        {
            request["Params"] = new JsonArray(new JsonObject
            {
                ["Name"] = q.Name, ["Matchers"] = new JsonArray(new JsonObject { ["Name"] = "ExactMatcher", ["Pattern"] = q.Value }),
            });
        }

        var response = new JsonObject
        {
            ["StatusCode"] = status,
            ["Headers"] = new JsonObject { ["Content-Type"] = status >= 400 ? "application/problem+json" : "application/json" },
            ["BodyAsJson"] = body,
        };

        var mapping = new JsonObject { ["Title"] = title, ["Priority"] = priority, ["Request"] = request, ["Response"] = response };
        if (scenario is not null)
        {
            mapping["Scenario"] = scenario;
        }

        if (whenStateIs is not null)
        {
            mapping["WhenStateIs"] = whenStateIs;
        }

        if (setStateTo is not null)
        {
            mapping["SetStateTo"] = setStateTo;
        }

        return mapping.ToJsonString();
    }

    /// <summary>A JMESPath string literal (single-quoted, quotes and backslashes escaped).</summary>
    public static string Literal(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    public static JsonObject Problem(string title, int status, string detail) => new()
    {
        ["type"] = "about:blank", ["title"] = title, ["status"] = status, ["detail"] = detail,
    };
}
