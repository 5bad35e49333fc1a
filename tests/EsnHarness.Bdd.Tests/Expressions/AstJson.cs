using System.Text;
using System.Text.Json.Nodes;
using EsnHarness.Bdd.Expressions.Internal;

namespace EsnHarness.Bdd.Tests.Expressions;

/// <summary>Writes tokens and AST nodes in the shape of Cucumber's testdata (UPPER_SNAKE type names).</summary>
internal static class AstJson
{
    public static JsonArray Tokens(IEnumerable<Token> tokens) =>
        new(tokens.Select(token => (JsonNode)new JsonObject
        {
            ["type"] = UpperSnake(token.Type.ToString()),
            ["start"] = token.Start,
            ["end"] = token.End,
            ["text"] = token.Text,
        }).ToArray());

    public static JsonObject Node(Node node)
    {
        var json = new JsonObject
        {
            ["type"] = UpperSnake(node.Type.ToString()) + "_NODE",
            ["start"] = node.Start,
            ["end"] = node.End,
        };
        if (node.Nodes is not null)
        {
            json["nodes"] = new JsonArray(node.Nodes.Select(child => (JsonNode)Node(child)).ToArray());
        }
        else
        {
            json["token"] = node.Token;
        }

        return json;
    }

    private static string UpperSnake(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(c));
        }

        return text.ToString();
    }
}
