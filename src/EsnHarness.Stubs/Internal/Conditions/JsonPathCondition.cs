using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EsnHarness.Stubs.Internal.Conditions;

internal sealed class JsonPathCondition(string path, string? expected) : RequestCondition
{
    public override string Description => expected is null ? $"json {path} present" : $"json {path} = {Wildcard.Quote(expected)}";

    public override ConditionResult Evaluate(ReceivedRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Body))
        {
            return new(false, "no body");
        }

        JToken root;
        try
        {
            root = JToken.Parse(request.Body);
        }
        catch (JsonReaderException)
        {
            return new(false, "a body that is not JSON");
        }

        List<JToken> selected;
        try
        {
            selected = root.SelectTokens(path).ToList();
        }
        catch (JsonException e)
        {
            return new(false, $"an invalid JSONPath ({e.Message})");
        }

        if (selected.Count == 0)
        {
            return new(false, "nothing at that path");
        }

        var texts = selected.Select(Text).ToList();
        var shown = SecretPath() ? texts.Select(_ => "***") : texts.Select(Wildcard.Quote);
        return new(expected is null || texts.Contains(expected, StringComparer.Ordinal), string.Join(", ", shown));
    }

    private bool SecretPath() =>
        new[] { "password", "secret", "token" }.Any(word => path.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static string Text(JToken token) => token is JValue value
        ? Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "null"
        : token.ToString(Formatting.None);
}
