using System.Xml.Linq;
using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Mcx.Configuration;

/// <summary>
/// TS 24.484 user profile documents read into profile fields: the MCPTT user profile
/// (application/vnd.3gpp.mcptt-user-profile+xml) and the MCData user profile (application/vnd.3gpp.mcdata-user-profile+xml).
/// Element names as stubs/cms uses them, which follow TS 24.484 as far as checked; config.proto (ConfigurationManagement)
/// lists the mapping. Only the elements present become fields.
/// </summary>
internal static class UserProfileDocument
{
    private const string McpttWhat = "CMS MCPTT user profile";
    private const string McdataWhat = "CMS MCData user profile";
    private static readonly XNamespace Mcptt = "urn:3gpp:xml:ns:mcpttUserProfile";
    private static readonly XNamespace Mcdata = "urn:3gpp:xml:ns:mcdataUserProfile";

    /// <exception cref="global::Grpc.Core.RpcException">FAILED_PRECONDITION naming the document and the element that is wrong.</exception>
    public static ProfileFields ParseMcptt(string xml, string url)
    {
        var root = XmlDocuments.Root(xml, Mcptt + "mcptt-user-profile", McpttWhat, url);
        var fields = new Builder(root, McpttWhat, url);
        fields.Number(Mcptt + "MaxAffiliationsN2", "max_affiliations", (p, v) => p.MaxAffiliations = v);
        fields.Number(Mcptt + "MaxSimultaneousCallsN6", "max_simultaneous_calls", (p, v) => p.MaxSimultaneousCalls = v);
        fields.Number(Mcptt + "MaxSimultaneousTransmissionsN7", "max_simultaneous_transmissions", (p, v) => p.MaxSimultaneousTransmissions = v);
        fields.Flag(Mcptt + "Authorised-to-make-emergency-call", "allow_emergency", (p, v) => p.AllowEmergency = v);
        fields.Flag(Mcptt + "Authorised-to-make-imminent-peril-call", "allow_imminent_peril", (p, v) => p.AllowImminentPeril = v);
        if (XmlDocuments.Find(root, Mcptt + "PrivateCall") is { } privateCall)
        {
            var allowed = privateCall.Elements().Where(e => e.Name == Mcptt + "AutomaticCommencement" || e.Name == Mcptt + "ManualCommencement")
                .Any(e => XmlDocuments.Flag(e, McpttWhat, url));
            fields.Set("allow_private_call", p => p.AllowPrivateCall = allowed);
        }

        return fields.Build();
    }

    /// <exception cref="global::Grpc.Core.RpcException">FAILED_PRECONDITION naming the document and the element that is wrong.</exception>
    public static ProfileFields ParseMcdata(string xml, string url)
    {
        var root = XmlDocuments.Root(xml, Mcdata + "mcdata-user-profile", McdataWhat, url);
        var fields = new Builder(root, McdataWhat, url);
        fields.Number(Mcdata + "MaxDataSizeForSDS", "max_sds_size_bytes", (p, v) => p.MaxSdsSizeBytes = v);
        fields.Number(Mcdata + "MaxDataSizeForSDSOverControlPlane", "max_sds_control_plane_bytes", (p, v) => p.MaxSdsControlPlaneBytes = v);
        return fields.Build();
    }

    private sealed class Builder(XElement root, string what, string url)
    {
        private readonly UserProfile _values = new();
        private readonly List<string> _paths = [];

        public void Number(XName element, string path, Action<UserProfile, uint> set)
        {
            if (XmlDocuments.Find(root, element) is { } found)
            {
                var value = XmlDocuments.Number(found, what, url);
                Set(path, p => set(p, value));
            }
        }

        public void Flag(XName element, string path, Action<UserProfile, bool> set)
        {
            if (XmlDocuments.Find(root, element) is { } found)
            {
                var value = XmlDocuments.Flag(found, what, url);
                Set(path, p => set(p, value));
            }
        }

        public void Set(string path, Action<UserProfile> set)
        {
            set(_values);
            _paths.Add(path);
        }

        public ProfileFields Build() => new(_values, _paths);
    }
}
