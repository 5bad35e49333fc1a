namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Token-walking helpers of the parser.</summary>
internal static partial class Parser
{
    private static ParseResult ParseTokensUntil(
        string expression, SubParser[] parsers, IReadOnlyList<Token> tokens, int startAt, params TokenType[] endTokens)
    {
        var current = startAt;
        var ast = new List<Node>();
        while (current < tokens.Count)
        {
            if (LookingAtAny(tokens, current, endTokens))
            {
                break;
            }

            var result = ParseToken(expression, parsers, tokens, current);
            if (result.Consumed == 0)
            {
                // Cannot happen with the grammar above; guards against an infinite loop.
                throw new InvalidOperationException("No eligible parsers for " + string.Join(", ", tokens));
            }

            current += result.Consumed;
            ast.AddRange(result.Ast);
        }

        return new ParseResult(current - startAt, ast);
    }

    private static ParseResult ParseToken(string expression, SubParser[] parsers, IReadOnlyList<Token> tokens, int startAt)
    {
        foreach (var parser in parsers)
        {
            var result = parser(expression, tokens, startAt);
            if (result.Consumed != 0)
            {
                return result;
            }
        }

        throw new InvalidOperationException("No eligible parsers for " + string.Join(", ", tokens));
    }

    private static bool LookingAtAny(IReadOnlyList<Token> tokens, int at, params TokenType[] types) =>
        types.Any(type => LookingAt(tokens, at, type));

    private static bool LookingAt(IReadOnlyList<Token> tokens, int at, TokenType type)
    {
        if (at < 0)
        {
            return type == TokenType.StartOfLine;
        }

        if (at >= tokens.Count)
        {
            return type == TokenType.EndOfLine;
        }

        return tokens[at].Type == type;
    }

    private static List<Node> SplitAlternatives(int start, int end, IReadOnlyList<Node> alternation)
    {
        var separators = new List<Node>();
        var alternatives = new List<List<Node>>();
        var alternative = new List<Node>();
        foreach (var node in alternation)
        {
            if (node.Type == NodeType.Alternative)
            {
                separators.Add(node);
                alternatives.Add(alternative);
                alternative = [];
            }
            else
            {
                alternative.Add(node);
            }
        }

        alternatives.Add(alternative);
        var nodes = new List<Node>();
        for (var i = 0; i < alternatives.Count; i++)
        {
            var nodeStart = i == 0 ? start : separators[i - 1].End;
            var nodeEnd = i == alternatives.Count - 1 ? end : separators[i].Start;
            nodes.Add(new Node(NodeType.Alternative, nodeStart, nodeEnd, alternatives[i]));
        }

        return nodes;
    }

    private readonly record struct ParseResult(int Consumed, IReadOnlyList<Node> Ast)
    {
        public static ParseResult None => new(0, []);
    }
}
