using System.Xml.Linq;
using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Mcx.Configuration;

/// <summary>
/// A TS 24.481 group document (OMA PoC list-service with the 3GPP mcpttGroupInfo extension,
/// application/vnd.oma.poc.groups+xml) read into the service's group configuration. Element names as stubs/gms uses them,
/// which follow TS 24.481 as far as checked; config.proto (GroupManagement) lists the mapping.
/// </summary>
internal static class GroupDocument
{
    private const string What = "GMS group document";
    private static readonly XNamespace Poc = "urn:oma:xml:poc:list-service";
    private static readonly XNamespace Mcptt = "urn:3gpp:ns:mcpttGroupInfo:1.0";
    private static readonly XNamespace Policy = "urn:ietf:params:xml:ns:common-policy";

    /// <exception cref="global::Grpc.Core.RpcException">FAILED_PRECONDITION naming the document and the element that is wrong.</exception>
    public static GroupConfig Parse(string xml, string groupId, string url)
    {
        var root = XmlDocuments.Root(xml, Poc + "group", What, url);
        var service = root.Element(Poc + "list-service") ?? throw XmlDocuments.Malformed(What, url, "<group> has no <list-service>");
        var group = new GroupConfig
        {
            GroupId = groupId,
            DisplayName = service.Element(Poc + "display-name")?.Value.Trim() ?? "",
            QueueingEnabled = true, // TS 24.481 has no element for floor queueing: on, a London assumption
        };
        foreach (var entry in service.Element(Poc + "list")?.Elements(Poc + "entry") ?? [])
        {
            var uri = entry.Attribute("uri")?.Value.Trim() is { Length: > 0 } u ? u : throw XmlDocuments.Malformed(What, url, entry, "the entry has no uri");
            group.Members.Add(uri);
            if (entry.Element(Mcptt + "user-priority") is { } priority)
            {
                group.MemberPriorities[uri] = XmlDocuments.Number(priority, What, url, 255);
            }
        }

        if (service.Element(Poc + "max-participant-count") is { } max)
        {
            group.MaxParticipants = XmlDocuments.Number(max, What, url);
        }

        ReadOnNetwork(service, group, url);
        ReadRules(service, group, url);
        return group;
    }

    private static void ReadOnNetwork(XElement service, GroupConfig group, string url)
    {
        if ((service.Element(Mcptt + "on-network-required") ?? service.Element(Mcptt + "on-network-required-affiliation")) is { } required)
        {
            group.RequireAffiliation = XmlDocuments.Flag(required, What, url);
        }

        if (service.Element(Mcptt + "on-network-hang-timer") is { } hang)
        {
            group.HangTimeMs = checked(XmlDocuments.Number(hang, What, url, uint.MaxValue / 1000) * 1000);
        }

        if (service.Element(Mcptt + "on-network-maximum-duration") is { } duration)
        {
            group.MaxDurationS = XmlDocuments.Number(duration, What, url);
        }

        if (service.Element(Mcptt + "on-network-group-priority") is { } priority)
        {
            group.Priority = XmlDocuments.Number(priority, What, url, 255);
        }

        if (service.Element(Mcptt + "on-network-audio-cut-in") is { } cutIn)
        {
            group.AudioCutIn = XmlDocuments.Flag(cutIn, What, url);
        }
    }

    /// <summary>The ruleset's actions (TS 24.481 §7.2.2 authorisation rules): an allowance in any rule allows it.</summary>
    private static void ReadRules(XElement service, GroupConfig group, string url)
    {
        bool Allowed(string name) => service.Descendants(Policy + "actions").Elements(Mcptt + name).Any(e => XmlDocuments.Flag(e, What, url));

        group.AllowEmergency = Allowed("allow-MCPTT-emergency-call");
        group.AllowImminentPeril = Allowed("allow-imminent-peril-call");
        group.AllowEmergencyAlert = Allowed("allow-MCPTT-emergency-alert");
    }
}
