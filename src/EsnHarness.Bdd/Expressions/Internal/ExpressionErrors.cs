using System.Text;

namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Builds Cucumber's error messages (the exact texts of its testdata), pointing at the culprit's column.</summary>
internal static class ExpressionErrors
{
    public static CucumberExpressionException MissingEndToken(string expression, TokenType begin, TokenType end, Token current) =>
        Create(current.Start, expression, PointAt(current),
            $"The '{Token.Symbol(begin)}' does not have a matching '{Token.Symbol(end)}'",
            $"If you did not intend to use {Token.Purpose(begin)} you can use '\\{Token.Symbol(begin)}' to escape the {Token.Purpose(begin)}");

    public static CucumberExpressionException AlternationNotAllowedInOptional(string expression, Token current) =>
        Create(current.Start, expression, PointAt(current),
            "An alternation can not be used inside an optional",
            "If you did not mean to use an alternation you can use '\\/' to escape the '/'. Otherwise rephrase your expression or consider using a regular expression instead.");

    public static CucumberExpressionException EndOfLineCanNotBeEscaped(string expression)
    {
        var index = CodePoints.Count(expression) - 1;
        return Create(index, expression, PointAt(index), "The end of line can not be escaped", "You can use '\\\\' to escape the '\\'");
    }

    public static CucumberExpressionException AlternativeMayNotBeEmpty(Node node, string expression) =>
        Create(node.Start, expression, PointAt(node), "Alternative may not be empty",
            "If you did not mean to use an alternative you can use '\\/' to escape the '/'");

    public static CucumberExpressionException ParameterIsNotAllowedInOptional(Node node, string expression) =>
        Create(node.Start, expression, PointAt(node), "An optional may not contain a parameter type",
            "If you did not mean to use an parameter type you can use '\\{' to escape the '{'");

    public static CucumberExpressionException OptionalIsNotAllowedInOptional(Node node, string expression) =>
        Create(node.Start, expression, PointAt(node), "An optional may not contain an other optional",
            "If you did not mean to use an optional type you can use '\\(' to escape the '('. For more complicated expressions consider using a regular expression instead.");

    public static CucumberExpressionException OptionalMayNotBeEmpty(Node node, string expression) =>
        Create(node.Start, expression, PointAt(node), "An optional must contain some text",
            "If you did not mean to use an optional you can use '\\(' to escape the '('");

    public static CucumberExpressionException AlternativeMayNotExclusivelyContainOptionals(Node node, string expression) =>
        Create(node.Start, expression, PointAt(node), "An alternative may not exclusively contain optionals",
            "If you did not mean to use an optional you can use '\\(' to escape the '('");

    public static CucumberExpressionException CantEscape(string expression, int index) =>
        Create(index, expression, PointAt(index),
            "Only the characters '{', '}', '(', ')', '\\', '/' and whitespace can be escaped",
            "If you did mean to use an '\\' you can use '\\\\' to escape it");

    public static CucumberExpressionException InvalidParameterTypeName(Token token, string expression) =>
        Create(token.Start, expression, PointAt(token),
            "Parameter names may not contain '{', '}', '(', ')', '\\' or '/'",
            "Did you mean to use a regular expression?");

    public static UndefinedParameterTypeException UndefinedParameterType(Node node, string expression, string name) =>
        new(Message(node.Start, expression, PointAt(node), $"Undefined parameter type '{name}'", $"Please register a ParameterType for '{name}'"), name);

    private static CucumberExpressionException Create(int index, string expression, string pointer, string problem, string solution) =>
        new(Message(index, expression, pointer, problem, solution));

    private static string Message(int index, string expression, string pointer, string problem, string solution) =>
        new StringBuilder()
            .Append("This Cucumber Expression has a problem at column ").Append(index + 1).Append(":\n")
            .Append('\n')
            .Append(expression).Append('\n')
            .Append(pointer).Append('\n')
            .Append(problem).Append(".\n")
            .Append(solution)
            .ToString();

    private static string PointAt(ILocated located)
    {
        var pointer = new StringBuilder(PointAt(located.Start));
        if (located.Start + 1 < located.End)
        {
            pointer.Append('-', located.End - located.Start - 2).Append('^');
        }

        return pointer.ToString();
    }

    private static string PointAt(int index) => new string(' ', index) + "^";
}
