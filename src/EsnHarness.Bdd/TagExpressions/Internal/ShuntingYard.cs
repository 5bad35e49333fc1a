using EsnHarness.Bdd.Expressions.Internal;

namespace EsnHarness.Bdd.TagExpressions.Internal;

/// <summary>Cucumber's shunting-yard parser for one tag expression.</summary>
internal sealed class ShuntingYard(string infix)
{
    private readonly Stack<string> _operators = new();
    private readonly Stack<ITagExpression> _expressions = new();

    public ITagExpression Parse()
    {
        var tokens = TagTokenizer.Tokenize(infix);
        if (tokens.Count == 0)
        {
            return new TagTrue();
        }

        var expected = Expect.Operand;
        foreach (var token in tokens)
        {
            expected = token switch
            {
                "not" => Unary(expected, token),
                "and" or "or" => Binary(expected, token),
                "(" => OpenParenthesis(expected),
                ")" => CloseParenthesis(expected),
                _ => Operand(expected, token),
            };
        }

        if (expected == Expect.Operand)
        {
            throw Error("Expected operand.");
        }

        while (_operators.Count > 0)
        {
            if (_operators.Peek() == "(")
            {
                throw Error("Unmatched (.");
            }

            PushExpression(Pop(_operators));
        }

        return Pop(_expressions);
    }

    private Expect Unary(Expect expected, string token)
    {
        Check(expected, Expect.Operand);
        _operators.Push(token);
        return Expect.Operand;
    }

    private Expect Binary(Expect expected, string token)
    {
        Check(expected, Expect.Operator);
        while (_operators.Count > 0 && IsOperator(_operators.Peek()) && Precedence(token) <= Precedence(_operators.Peek()))
        {
            // "and" and "or" are left-associative: pop operators of equal or higher precedence.
            PushExpression(Pop(_operators));
        }

        _operators.Push(token);
        return Expect.Operand;
    }

    private Expect OpenParenthesis(Expect expected)
    {
        Check(expected, Expect.Operand);
        _operators.Push("(");
        return Expect.Operand;
    }

    private Expect CloseParenthesis(Expect expected)
    {
        Check(expected, Expect.Operator);
        while (_operators.Count > 0 && _operators.Peek() != "(")
        {
            PushExpression(Pop(_operators));
        }

        if (_operators.Count == 0)
        {
            throw Error("Unmatched ).");
        }

        _operators.Pop();
        return Expect.Operator;
    }

    private Expect Operand(Expect expected, string token)
    {
        Check(expected, Expect.Operand);
        PushExpression(token);
        return Expect.Operator;
    }

    private void PushExpression(string token)
    {
        switch (token)
        {
            case "and":
                var rightAnd = Pop(_expressions);
                _expressions.Push(new TagAnd(Pop(_expressions), rightAnd));
                break;
            case "or":
                var rightOr = Pop(_expressions);
                _expressions.Push(new TagOr(Pop(_expressions), rightOr));
                break;
            case "not":
                _expressions.Push(new TagNot(Pop(_expressions)));
                break;
            default:
                _expressions.Push(new TagLiteral(token));
                break;
        }
    }

    private T Pop<T>(Stack<T> stack) =>
        stack.Count > 0
            ? stack.Pop()
            : throw new TagExpressionException($"Tag expression \"{infix}\" could not be parsed because of an empty stack");

    private void Check(Expect expected, Expect actual)
    {
        if (expected != actual)
        {
            throw Error(expected == Expect.Operand ? "Expected operand." : "Expected operator.");
        }
    }

    private TagExpressionException Error(string problem) =>
        new($"Tag expression \"{infix}\" could not be parsed because of syntax error: {problem}");

    private static bool IsOperator(string token) => token is "and" or "or" or "not";

    private static int Precedence(string token) => token switch
    {
        "or" => 0,
        "and" => 1,
        "not" => 2,
        _ => -1,
    };

    private enum Expect
    {
        Operand,
        Operator,
    }
}
