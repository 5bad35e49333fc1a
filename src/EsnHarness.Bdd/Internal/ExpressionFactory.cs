using System.Text.RegularExpressions;
using EsnHarness.Bdd.Expressions;

namespace EsnHarness.Bdd.Internal;

/// <summary>Compiles step definition text as a Cucumber Expression or a regular expression, deciding as Reqnroll does.</summary>
internal static partial class ExpressionFactory
{
    public static bool IsRegex(string source, ExpressionType type) => type switch
    {
        ExpressionType.RegularExpression => true,
        ExpressionType.CucumberExpression => false,
        _ => !IsCucumberExpression(source),
    };

    /// <summary>Reqnroll's rule: <c>^</c> or <c>$</c> anchors mean regex; a <c>{name}</c> placeholder means Cucumber Expression;
    /// otherwise common regex constructs (<c>(.*)</c>, <c>(\d+)</c>, <c>.*</c>, <c>\.</c>, <c>\d+</c>) mean regex.</summary>
    public static bool IsCucumberExpression(string source)
    {
        if (source.StartsWith('^') || source.EndsWith('$'))
        {
            return false;
        }

        if (ParameterPlaceholder().IsMatch(source))
        {
            return true;
        }

        return !CommonRegexPatterns().IsMatch(source) && !ExtendedRegexPatterns().IsMatch(source);
    }

    public static IExpression Create(string source, bool isRegex, ParameterTypeRegistry registry)
    {
        if (!isRegex)
        {
            return new CucumberExpression(source, registry);
        }

        var anchored = (source.StartsWith('^') ? string.Empty : "^") + source + (source.EndsWith('$') ? string.Empty : "$");
        return new RegularExpression(new Regex(anchored, RegexOptions.CultureInvariant), registry);
    }

    /// <summary>Capture groups not nested in another capture group: the arguments a match yields.</summary>
    public static int CountTopLevelGroups(string pattern)
    {
        var count = 0;
        var stack = new Stack<bool>();
        var capturingDepth = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == '(')
            {
                var capturing = i + 1 >= pattern.Length || pattern[i + 1] != '?'
                    || (i + 2 < pattern.Length && (pattern[i + 2] == '\'' || (pattern[i + 2] == '<' && i + 3 < pattern.Length && pattern[i + 3] != '=' && pattern[i + 3] != '!')));
                if (capturing && capturingDepth == 0)
                {
                    count++;
                }

                stack.Push(capturing);
                capturingDepth += capturing ? 1 : 0;
            }
            else if (c == ')' && stack.Count > 0)
            {
                capturingDepth -= stack.Pop() ? 1 : 0;
            }
        }

        return count;
    }

    [GeneratedRegex(@"{\w*}")]
    private static partial Regex ParameterPlaceholder();

    [GeneratedRegex(@"(\([^\)]+[\*\+]\)|\.\*)")]
    private static partial Regex CommonRegexPatterns();

    [GeneratedRegex(@"(\\\.|\\d\+)")]
    private static partial Regex ExtendedRegexPatterns();
}
