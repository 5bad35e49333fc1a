using System.Text.Json;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>TS 24.481 / TS 24.484 documents for tests: built ones, and the ones the repository's stubs serve.</summary>
public static class XcapDocuments
{
    public const string GmsXui = "sip:gms@lfb.esn.gov.uk";

    /// <summary>Where a group document sits under a GMS root.</summary>
    public static string GroupPath(string groupId, string xui = GmsXui) => $"org.openmobilealliance.groups/users/{xui}/{groupId}";

    public static string McpttProfilePath(string mcpttId) => $"org.3gpp.mcptt.user-profile/users/{mcpttId}/user-profile";

    public static string McdataProfilePath(string mcpttId) => $"org.3gpp.mcdata.user-profile/users/{mcpttId}/user-profile";

    /// <summary>A group document with these members and user-priorities, in the form stubs/gms uses.</summary>
    public static string Group(string name, IEnumerable<(string Uri, uint Priority)> members, string extra = "") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <group xmlns="urn:oma:xml:poc:list-service" xmlns:mcpttgi="urn:3gpp:ns:mcpttGroupInfo:1.0" xmlns:cp="urn:ietf:params:xml:ns:common-policy">
          <list-service uri="sip:{name}@lfb.esn.gov.uk">
            <display-name>{name}</display-name>
            <list>
        {string.Join("\n", members.Select(m => $"      <entry uri=\"{m.Uri}\"><mcpttgi:user-priority>{m.Priority}</mcpttgi:user-priority></entry>"))}
            </list>
            <max-participant-count>100</max-participant-count>
            <mcpttgi:on-network-required>true</mcpttgi:on-network-required>
            <mcpttgi:on-network-hang-timer>5</mcpttgi:on-network-hang-timer>
            {extra}
            <cp:ruleset><cp:rule id="r"><cp:actions>
              <mcpttgi:allow-MCPTT-emergency-call>true</mcpttgi:allow-MCPTT-emergency-call>
              <mcpttgi:allow-MCPTT-emergency-alert>true</mcpttgi:allow-MCPTT-emergency-alert>
            </cp:actions></cp:rule></cp:ruleset>
          </list-service>
        </group>
        """;

    public static string McpttProfile(uint n2, uint n6, uint n7, bool emergency, bool imminentPeril) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <mcptt-user-profile xmlns="urn:3gpp:xml:ns:mcpttUserProfile">
          <Common>
            <MaxAffiliationsN2>{n2}</MaxAffiliationsN2>
            <MaxSimultaneousCallsN6>{n6}</MaxSimultaneousCallsN6>
            <MaxSimultaneousTransmissionsN7>{n7}</MaxSimultaneousTransmissionsN7>
            <Authorised-to-make-emergency-call>{(emergency ? "true" : "false")}</Authorised-to-make-emergency-call>
            <Authorised-to-make-imminent-peril-call>{(imminentPeril ? "true" : "false")}</Authorised-to-make-imminent-peril-call>
          </Common>
        </mcptt-user-profile>
        """;

    public static string McdataProfile(uint sds, uint controlPlane) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <mcdata-user-profile xmlns="urn:3gpp:xml:ns:mcdataUserProfile">
          <Common>
            <MaxDataSizeForSDS>{sds}</MaxDataSizeForSDS>
            <MaxDataSizeForSDSOverControlPlane>{controlPlane}</MaxDataSizeForSDSOverControlPlane>
          </Common>
        </mcdata-user-profile>
        """;

    /// <summary>The repository's stub mappings under stubs/<paramref name="endpoint"/>: request path (or pattern) and response body.</summary>
    public static IReadOnlyList<(string File, string Path, string Body)> Stubs(string endpoint)
    {
        var folder = Path.Combine(RepositoryRoot(), "stubs", endpoint);
        return [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(file =>
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var request = json.RootElement.GetProperty("Request").GetProperty("Path");
            var path = request.ValueKind == JsonValueKind.String ? request.GetString()! : request.GetProperty("Matchers")[0].GetProperty("Pattern").GetString()!;
            var body = json.RootElement.GetProperty("Response").TryGetProperty("Body", out var b) ? b.GetString() ?? "" : "";
            return (Path.GetFileName(file), path, body);
        })];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EsnHarness.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no EsnHarness.sln above {TestContext.CurrentContext.TestDirectory}");
    }
}
