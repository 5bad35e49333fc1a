using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using WireMock.Admin.Mappings;

namespace EsnHarness.Stubs.Internal;

/// <summary>The harness's own rules for a mapping beyond WireMock's schema: a Title, a path under the
/// endpoint folder, a media type on every body, non-negative priorities (negative ones are for runtime overrides).</summary>
internal static class MappingRules
{
    public static void Check(string file, string endpoint, JObject json, MappingModel model, List<StubProblem> problems, bool negativePriorityAllowed)
    {
        void Add(JToken? at, string message)
        {
            var info = (IJsonLineInfo?)at ?? json;
            problems.Add(info.HasLineInfo() ? new StubProblem(file, info.LineNumber, info.LinePosition, message) : new StubProblem(file, null, null, message));
        }

        if (string.IsNullOrWhiteSpace(model.Title))
        {
            Add(json["Title"], "Title is missing: every mapping needs a Title that says what it simulates");
        }

        if (model.Priority is < 0 && !negativePriorityAllowed)
        {
            Add(json["Priority"], $"Priority {model.Priority} is negative; negative priorities are reserved for overrides a scenario adds at run time and for defect mappings");
        }

        if ((model.WhenStateIs is not null || model.SetStateTo is not null) && string.IsNullOrWhiteSpace(model.Scenario))
        {
            Add(json["WhenStateIs"] ?? json["SetStateTo"], "WhenStateIs/SetStateTo need a Scenario name");
        }

        CheckRequest(endpoint, json["Request"] as JObject, model.Request, Add);
        CheckResponse(json["Response"] as JObject, model.Response, Add);
    }

    private static void CheckRequest(string endpoint, JObject? json, RequestModel? request, Action<JToken?, string> add)
    {
        if (request is null || json is null)
        {
            add(null, "Request is missing");
            return;
        }

        if (request.Url is not null)
        {
            add(json["Url"], "use Request.Path rather than Request.Url, so the endpoint folder can be checked");
        }

        var prefix = "/" + endpoint;
        var patterns = PathPatterns(request.Path);
        if (patterns.Count == 0)
        {
            add(json["Path"] ?? json, $"Request.Path is missing: every mapping in {endpoint}/ matches a path under {prefix}/");
            return;
        }

        foreach (var pattern in patterns.Where(p => !UnderPrefix(p, prefix)))
        {
            add(json["Path"], $"Request.Path '{pattern}' is outside {prefix}/: a mapping in folder {endpoint}/ must match paths under {prefix}/");
        }
    }

    private static void CheckResponse(JObject? json, ResponseModel? response, Action<JToken?, string> add)
    {
        if (response is null || json is null)
        {
            add(null, "Response is missing");
            return;
        }

        var hasBody = response.Body is not null || response.BodyAsJson is not null || response.BodyAsBytes is not null;
        var headers = json["Headers"] as JObject;
        var hasContentType = headers?.Properties().Any(p => string.Equals(p.Name, "Content-Type", StringComparison.OrdinalIgnoreCase)) == true;
        if (hasBody && !hasContentType && response.Fault is null)
        {
            add(json["Headers"] ?? json, "Response has a body but no Content-Type header: answer in the media type the real endpoint uses");
        }
    }

    private static List<string> PathPatterns(object? path) => path switch
    {
        string text => [text],
        JValue { Value: string text } => [text],
        JObject pathModel => (pathModel["Matchers"] as JArray ?? [])
            .OfType<JObject>()
            .SelectMany(m => m["Patterns"] is JArray many ? many.Values<string>() : [m.Value<string>("Pattern")])
            .OfType<string>()
            .ToList(),
        _ => [],
    };

    private static bool UnderPrefix(string pattern, string prefix)
    {
        var plain = pattern.TrimStart('^');
        return plain.StartsWith(prefix + "/", StringComparison.Ordinal) || plain == prefix;
    }
}
