using System.Text;
using System.Text.RegularExpressions;

namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Rewrites a Cucumber Expression's AST to a regex, validating it as Cucumber does.</summary>
internal sealed partial class ExpressionCompiler(string source, ParameterTypeRegistry registry)
{
    private readonly List<ParameterType> _parameterTypes = [];

    public IReadOnlyList<ParameterType> ParameterTypes => _parameterTypes;

    public string Compile(Node ast) => Rewrite(ast);

    private string Rewrite(Node node) => node.Type switch
    {
        NodeType.Text => EscapeRegex(node.Text),
        NodeType.Optional => RewriteOptional(node),
        NodeType.Alternation => RewriteAlternation(node),
        NodeType.Alternative => string.Concat(node.Children.Select(Rewrite)),
        NodeType.Parameter => RewriteParameter(node),
        NodeType.Expression => "^" + string.Concat(node.Children.Select(Rewrite)) + "$",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Type, "Unknown node type"),
    };

    private static string EscapeRegex(string text) => EscapePattern().Replace(text, @"\$0");

    private string RewriteOptional(Node node)
    {
        var parameter = node.Children.FirstOrDefault(child => child.Type == NodeType.Parameter);
        if (parameter is not null)
        {
            throw ExpressionErrors.ParameterIsNotAllowedInOptional(parameter, source);
        }

        var optional = node.Children.FirstOrDefault(child => child.Type == NodeType.Optional);
        if (optional is not null)
        {
            throw ExpressionErrors.OptionalIsNotAllowedInOptional(optional, source);
        }

        if (!node.Children.Any(child => child.Type == NodeType.Text))
        {
            throw ExpressionErrors.OptionalMayNotBeEmpty(node, source);
        }

        return "(?:" + string.Concat(node.Children.Select(Rewrite)) + ")?";
    }

    private string RewriteAlternation(Node node)
    {
        foreach (var alternative in node.Children)
        {
            if (alternative.Children.Count == 0)
            {
                throw ExpressionErrors.AlternativeMayNotBeEmpty(alternative, source);
            }

            if (!alternative.Children.Any(child => child.Type == NodeType.Text))
            {
                throw ExpressionErrors.AlternativeMayNotExclusivelyContainOptionals(alternative, source);
            }
        }

        return "(?:" + string.Join("|", node.Children.Select(Rewrite)) + ")";
    }

    private string RewriteParameter(Node node)
    {
        var name = node.Text;
        var parameterType = registry.LookupByTypeName(name) ?? throw ExpressionErrors.UndefinedParameterType(node, source, name);
        _parameterTypes.Add(parameterType);
        var regexps = parameterType.Regexps;
        if (regexps.Count == 1)
        {
            return "(" + regexps[0] + ")";
        }

        return new StringBuilder("((?:").AppendJoin(")|(?:", regexps).Append("))").ToString();
    }

    [GeneratedRegex(@"[\\^\[({$.|?*+})\]]")]
    private static partial Regex EscapePattern();
}
