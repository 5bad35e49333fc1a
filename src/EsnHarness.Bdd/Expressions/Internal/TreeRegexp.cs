using System.Text.RegularExpressions;

namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>
/// A regex whose matches are returned as a tree of groups mirroring the nesting of its capture groups. Matching
/// requires the whole text to match, as Java's <c>Matcher.matches()</c> does.
/// </summary>
internal sealed class TreeRegexp
{
    private readonly Regex _fullMatch;

    public TreeRegexp(Regex regex)
    {
        Regex = regex;
        var options = regex.Options;
        var newline = options.HasFlag(RegexOptions.IgnorePatternWhitespace) ? "\n" : string.Empty;
        _fullMatch = new Regex(@"\A(?:" + regex + newline + @")\z", options, regex.MatchTimeout);
        GroupBuilder = CreateGroupBuilder(regex.ToString(), options.HasFlag(RegexOptions.ExplicitCapture));
    }

    public Regex Regex { get; }

    public GroupBuilder GroupBuilder { get; }

    public Expressions.Group? Match(string text)
    {
        var match = _fullMatch.Match(text);
        return match.Success ? GroupBuilder.Build(match) : null;
    }

    internal static GroupBuilder CreateGroupBuilder(string source, bool explicitCapture)
    {
        var stack = new Stack<GroupBuilder>();
        stack.Push(new GroupBuilder(0));
        var escaping = false;
        var charClass = false;
        var unnamedNumber = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '[' && !escaping)
            {
                charClass = true;
            }
            else if (c == ']' && !escaping)
            {
                charClass = false;
            }
            else if (c == '(' && !escaping && !charClass)
            {
                var builder = new GroupBuilder(i);
                var name = GroupSyntax.CaptureName(source, i);
                if (name is not null)
                {
                    builder.GroupName = name;
                }
                else if (GroupSyntax.IsPlainGroup(source, i) && !explicitCapture)
                {
                    builder.GroupNumber = ++unnamedNumber;
                }
                else
                {
                    builder.IsCapturing = false;
                }

                stack.Push(builder);
            }
            else if (c == ')' && !escaping && !charClass && stack.Count > 1)
            {
                var builder = stack.Pop();
                if (builder.IsCapturing)
                {
                    builder.Source = source.Substring(builder.StartIndex + 1, i - builder.StartIndex - 1);
                    stack.Peek().Add(builder);
                }
                else
                {
                    builder.MoveChildrenTo(stack.Peek());
                }

                builder.EndIndex = i;
            }

            escaping = c == '\\' && !escaping;
        }

        return stack.Last();
    }
}
