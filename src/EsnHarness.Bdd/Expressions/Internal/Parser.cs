namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>
/// Parses a Cucumber Expression into an AST, as Cucumber's parser does:
/// <c>expression := (alternation | optional | parameter | text)*</c>.
/// </summary>
internal static partial class Parser
{
    private delegate ParseResult SubParser(string expression, IReadOnlyList<Token> tokens, int current);

    private static readonly SubParser[] OptionalContent = [ParseOptional, ParseParameter, ParseText];

    private static readonly SubParser[] AlternativeParsers = [ParseAlternativeSeparator, ParseOptional, ParseParameter, ParseText];

    private static readonly SubParser[] ExpressionParsers = [ParseAlternation, ParseOptional, ParseParameter, ParseText];

    public static Node Parse(string expression)
    {
        var tokens = Tokenizer.Tokenize(expression);
        var result = ParseBetween(NodeType.Expression, TokenType.StartOfLine, TokenType.EndOfLine, ExpressionParsers, expression, tokens, 0);
        return result.Ast[0];
    }

    // text := whitespace | ')' | '}' | .
    private static ParseResult ParseText(string expression, IReadOnlyList<Token> tokens, int current)
    {
        var token = tokens[current];
        return token.Type switch
        {
            TokenType.WhiteSpace or TokenType.Text or TokenType.EndParameter or TokenType.EndOptional =>
                new ParseResult(1, [new Node(NodeType.Text, token.Start, token.End, token.Text)]),
            TokenType.Alternation => throw ExpressionErrors.AlternationNotAllowedInOptional(expression, token),
            _ => ParseResult.None,
        };
    }

    // name := whitespace | .
    private static ParseResult ParseName(string expression, IReadOnlyList<Token> tokens, int current)
    {
        var token = tokens[current];
        return token.Type switch
        {
            TokenType.WhiteSpace or TokenType.Text => new ParseResult(1, [new Node(NodeType.Text, token.Start, token.End, token.Text)]),
            TokenType.BeginOptional or TokenType.EndOptional or TokenType.BeginParameter or TokenType.EndParameter or TokenType.Alternation =>
                throw ExpressionErrors.InvalidParameterTypeName(token, expression),
            _ => ParseResult.None,
        };
    }

    // parameter := '{' + name* + '}'
    private static ParseResult ParseParameter(string expression, IReadOnlyList<Token> tokens, int current) =>
        ParseBetween(NodeType.Parameter, TokenType.BeginParameter, TokenType.EndParameter, [ParseName], expression, tokens, current);

    // optional := '(' + option* + ')'; option := optional | parameter | text
    private static ParseResult ParseOptional(string expression, IReadOnlyList<Token> tokens, int current) =>
        ParseBetween(NodeType.Optional, TokenType.BeginOptional, TokenType.EndOptional, OptionalContent, expression, tokens, current);

    private static ParseResult ParseAlternativeSeparator(string expression, IReadOnlyList<Token> tokens, int current)
    {
        if (!LookingAt(tokens, current, TokenType.Alternation))
        {
            return ParseResult.None;
        }

        var token = tokens[current];
        return new ParseResult(1, [new Node(NodeType.Alternative, token.Start, token.End, token.Text)]);
    }

    // alternation := (?<=left-boundary) + alternative* + ( '/' + alternative* )+ + (?=right-boundary)
    // left-boundary := whitespace | } | ^ ; right-boundary := whitespace | { | $
    private static ParseResult ParseAlternation(string expression, IReadOnlyList<Token> tokens, int current)
    {
        if (!LookingAtAny(tokens, current - 1, TokenType.StartOfLine, TokenType.WhiteSpace, TokenType.EndParameter))
        {
            return ParseResult.None;
        }

        var result = ParseTokensUntil(expression, AlternativeParsers, tokens, current, TokenType.WhiteSpace, TokenType.EndOfLine, TokenType.BeginParameter);
        var subCurrent = current + result.Consumed;
        if (!result.Ast.Any(node => node.Type == NodeType.Alternative))
        {
            return ParseResult.None;
        }

        var start = tokens[current].Start;
        var end = tokens[subCurrent].Start;

        // Does not consume the right-hand boundary token.
        return new ParseResult(result.Consumed, [new Node(NodeType.Alternation, start, end, SplitAlternatives(start, end, result.Ast))]);
    }

    private static ParseResult ParseBetween(
        NodeType type, TokenType begin, TokenType end, SubParser[] parsers, string expression, IReadOnlyList<Token> tokens, int current)
    {
        if (!LookingAt(tokens, current, begin))
        {
            return ParseResult.None;
        }

        var subCurrent = current + 1;
        var result = ParseTokensUntil(expression, parsers, tokens, subCurrent, end, TokenType.EndOfLine);
        subCurrent += result.Consumed;
        if (!LookingAt(tokens, subCurrent, end))
        {
            throw ExpressionErrors.MissingEndToken(expression, begin, end, tokens[current]);
        }

        return new ParseResult(subCurrent + 1 - current, [new Node(type, tokens[current].Start, tokens[subCurrent].End, result.Ast)]);
    }
}
