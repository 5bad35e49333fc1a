using System.Text.RegularExpressions;
using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>Parses feature files with the official Gherkin parser and compiles their pickles.</summary>
internal sealed partial class FeatureLoader(IdGenerator ids)
{
    public LoadedFeature Load(string fullPath, string uri, IReadOnlySet<int> selectedLines)
    {
        var text = File.ReadAllText(fullPath);
        var source = new Messages.Source(uri, text, Messages.SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN);
        Gherkin.Ast.GherkinDocument ast;
        try
        {
            ast = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException ex)
        {
            return Failed(uri, source, [.. ex.Errors]);
        }
        catch (ParserException ex)
        {
            return Failed(uri, source, [ex]);
        }

        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, uri);
        var pickles = new PickleCompiler(ids).Compile(document);
        var index = new AstIndex(document);
        var loaded = pickles.Select(p => index.Describe(p)).ToList();
        return new LoadedFeature(uri, source, document, loaded, [], selectedLines);
    }

    private static LoadedFeature Failed(string uri, Messages.Source source, IReadOnlyList<ParserException> errors)
    {
        var problems = errors.Select(ex => new ParseProblem(
            uri,
            ex.Location?.Line ?? 0,
            ex.Location?.Column ?? 0,
            LocationPrefix().Replace(ex.Message, string.Empty).ReplaceLineEndings(" "))).ToList();
        return new LoadedFeature(uri, source, null, [], problems, new HashSet<int>());
    }

    [GeneratedRegex(@"^\(\d+:\d+\):\s*")]
    private static partial Regex LocationPrefix();
}
