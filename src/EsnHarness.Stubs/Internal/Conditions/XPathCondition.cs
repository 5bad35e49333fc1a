using System.Xml;
using System.Xml.XPath;

namespace EsnHarness.Stubs.Internal.Conditions;

internal sealed class XPathCondition(string xpath, string? expected) : RequestCondition
{
    public override string Description => expected is null ? $"xpath {xpath} present" : $"xpath {xpath} = {Wildcard.Quote(expected)}";

    public override ConditionResult Evaluate(ReceivedRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Body))
        {
            return new(false, "no body");
        }

        XPathNavigator navigator;
        try
        {
            using var reader = XmlReader.Create(new StringReader(request.Body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            navigator = new XPathDocument(reader).CreateNavigator();
        }
        catch (XmlException)
        {
            return new(false, "a body that is not XML");
        }

        var namespaces = new XmlNamespaceManager(navigator.NameTable);
        var root = navigator.Clone();
        root.MoveToFollowing(XPathNodeType.Element);
        foreach (var (prefix, uri) in root.GetNamespacesInScope(XmlNamespaceScope.All))
        {
            namespaces.AddNamespace(prefix, uri);
        }

        List<string> texts;
        try
        {
            var result = navigator.Evaluate(xpath, namespaces);
            texts = result is XPathNodeIterator nodes
                ? nodes.Cast<XPathNavigator>().Select(n => n.Value).ToList()
                : [Convert.ToString(result, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty];
        }
        catch (XPathException e)
        {
            return new(false, $"an invalid XPath ({e.Message})");
        }

        if (texts.Count == 0)
        {
            return new(false, "no node selected");
        }

        return new(expected is null || texts.Contains(expected, StringComparer.Ordinal), string.Join(", ", texts.Select(Wildcard.Quote)));
    }
}
