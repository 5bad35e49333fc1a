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
            return Failed(uri, source, ex.Errors.First());
        }
        catch (ParserException ex)
        {
            return Failed(uri, source, ex);
        }

        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, uri);
        var pickles = new PickleCompiler(ids).Compile(document);
        var index = new AstIndex(document);
        var loaded = pickles.Select(p => index.Describe(p)).ToList();
        return new LoadedFeature(uri, source, document, loaded, null, selectedLines);
    }

    private static LoadedFeature Failed(string uri, Messages.Source source, ParserException ex)
    {
        var line = ex.Location?.Line ?? 0;
        var column = ex.Location?.Column ?? 0;
        var words = LocationPrefix().Replace(ex.Message, string.Empty);
        return new LoadedFeature(uri, source, null, [], new ParseProblem(uri, line, column, words), new HashSet<int>());
    }

    [GeneratedRegex(@"^\(\d+:\d+\):\s*")]
    private static partial Regex LocationPrefix();
}
