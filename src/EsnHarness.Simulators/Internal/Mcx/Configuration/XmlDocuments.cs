using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.Configuration;

/// <summary>
/// Reading the 3GPP XML documents the GMS and CMS serve, with one-line errors that name the document, the element and its
/// line (FAILED_PRECONDITION: the service cannot use the configuration it was pointed at).
/// </summary>
internal static class XmlDocuments
{
    /// <summary>Parses <paramref name="xml"/>; its root must be <paramref name="root"/>.</summary>
    public static XElement Root(string xml, XName root, string what, string url)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw Malformed(what, url, $"not well-formed XML at line {e.LineNumber}, position {e.LinePosition}: {FirstLine(e.Message)}");
        }

        var element = document.Root!;
        return element.Name == root
            ? element
            : throw Malformed(what, url, $"the root element is <{element.Name.LocalName}> in '{element.Name.NamespaceName}', expected <{root.LocalName}> in '{root.NamespaceName}'");
    }

    /// <summary>The first descendant called <paramref name="name"/>, or null.</summary>
    public static XElement? Find(XElement scope, XName name) => scope.Descendants(name).FirstOrDefault();

    /// <summary>A non-negative whole number no larger than <paramref name="max"/>.</summary>
    public static uint Number(XElement element, string what, string url, uint max = uint.MaxValue)
    {
        var text = element.Value.Trim();
        return uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max
            ? value
            : throw Malformed(what, url, element, $"'{McxIds.Shown(text)}' is not a whole number from 0 to {max}");
    }

    /// <summary>An xs:boolean (true, false, 1 or 0).</summary>
    public static bool Flag(XElement element, string what, string url)
    {
        var text = element.Value.Trim();
        return text switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw Malformed(what, url, element, $"'{McxIds.Shown(text)}' is not true or false"),
        };
    }

    public static RpcException Malformed(string what, string url, XElement element, string problem) =>
        Malformed(what, url, $"<{element.Name.LocalName}> at line {((IXmlLineInfo)element).LineNumber}: {problem}");

    public static RpcException Malformed(string what, string url, string problem) =>
        Errors.Precondition($"the {what} {url} is malformed: {problem}");

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
