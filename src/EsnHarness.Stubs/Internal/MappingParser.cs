using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using WireMock.Admin.Mappings;

namespace EsnHarness.Stubs.Internal;

/// <summary>Reads one mapping file into a WireMock <see cref="MappingModel"/>, reporting every problem as a
/// one-line <see cref="StubProblem"/> instead of an exception.</summary>
internal static partial class MappingParser
{
    /// <summary>Priority of a runtime override that names none: above every file mapping (WireMock picks the lowest).</summary>
    public const int OverridePriority = -10;

    private static readonly JsonSerializerSettings Strict = new()
    {
        MissingMemberHandling = MissingMemberHandling.Error,
        DateParseHandling = DateParseHandling.None,
    };

    /// <summary>Parses <paramref name="text"/>; null when it is not a usable mapping (problems say why).</summary>
    /// <param name="file">The path shown to the user.</param>
    /// <param name="endpoint">The endpoint folder; every path the mapping matches must start with <c>/endpoint/</c>.</param>
    /// <param name="text">The file's JSON.</param>
    /// <param name="problems">Receives the problems found.</param>
    /// <param name="origin">A file, a scenario's runtime override (may have a negative priority, gets a fresh Guid and
    /// priority <see cref="OverridePriority"/> when it gives none) or a defect mapping (may have a negative priority).</param>
    public static MappingModel? Parse(string file, string endpoint, string text, List<StubProblem> problems, MappingOrigin origin = MappingOrigin.File)
    {
        JToken token;
        try
        {
            token = JToken.Parse(text, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore });
        }
        catch (JsonReaderException e)
        {
            problems.Add(new StubProblem(file, e.LineNumber, e.LinePosition, "invalid JSON: " + WithoutPosition(e.Message)));
            return null;
        }

        if (token is JArray)
        {
            problems.Add(new StubProblem(file, 1, 1, "holds a JSON array; stubs/ keeps one mapping per file, so split it into one file per mapping"));
            return null;
        }

        if (token is not JObject json)
        {
            problems.Add(new StubProblem(file, 1, 1, $"expected a JSON object (a WireMock mapping) but found a {token.Type}"));
            return null;
        }

        MappingModel model;
        try
        {
            model = json.ToObject<MappingModel>(JsonSerializer.Create(Strict))!;
        }
        catch (JsonException e)
        {
            var (line, column) = e switch
            {
                JsonSerializationException s when s.LineNumber > 0 => (s.LineNumber, s.LinePosition),
                JsonReaderException r when r.LineNumber > 0 => (r.LineNumber, r.LinePosition),
                _ => ((int?)null, (int?)null),
            };
            problems.Add(new StubProblem(file, line, column, Explain(e.Message)));
            return null;
        }

        var before = problems.Count;
        MappingRules.Check(file, endpoint, json, model, problems, negativePriorityAllowed: origin != MappingOrigin.File);
        if (problems.Count > before)
        {
            return null;
        }

        if (origin == MappingOrigin.Override)
        {
            model.Guid = Guid.NewGuid();
            model.Priority ??= OverridePriority;
        }
        else
        {
            model.Guid ??= StableGuid(file);
        }

        return model;
    }

    /// <summary>A Guid derived from the file path, so a mapping keeps its identity across runs.</summary>
    public static Guid StableGuid(string file) => new(MD5.HashData(Encoding.UTF8.GetBytes(file.Replace('\\', '/'))));

    private static string Explain(string message)
    {
        var unknown = UnknownMember().Match(message);
        if (unknown.Success)
        {
            var owner = unknown.Groups[2].Value.Split('.').Last().Replace("Model", string.Empty, StringComparison.Ordinal);
            return $"unknown field '{unknown.Groups[1].Value}' in {(owner == "Mapping" ? "the mapping" : owner)} (field names are WireMock's, e.g. Request, Response, Title, Priority)";
        }

        return WithoutPosition(message);
    }

    private static string WithoutPosition(string message) => PositionSuffix().Replace(message, string.Empty).Trim();

    [GeneratedRegex(@"Could not find member '([^']+)' on object of type '([^']+)'")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"\s*Path '[^']*'(, line \d+, position \d+)?\.?\s*$|\s*, line \d+, position \d+\.?\s*$|\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex PositionSuffix();
}
