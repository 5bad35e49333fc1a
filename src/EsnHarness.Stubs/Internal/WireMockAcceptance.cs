using System.Net;
using WireMock.Server;
using WireMock.Settings;

namespace EsnHarness.Stubs.Internal;

/// <summary>Asks WireMock itself to build each mapping (matcher names, regexes, body types) on a scratch server
/// bound to loopback, so a mapping that parses but that WireMock would reject is reported against its file.</summary>
internal static class WireMockAcceptance
{
    public static IReadOnlyList<StubProblem> Check(IReadOnlyList<LoadedMapping> mappings)
    {
        if (mappings.Count == 0)
        {
            return [];
        }

        var problems = new List<StubProblem>();
        using var scratch = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://{IPAddress.Loopback}:0"],
            StartAdminInterface = false,
        });
        foreach (var mapping in mappings)
        {
            try
            {
                scratch.WithMapping(mapping.Model);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problems.Add(new StubProblem(mapping.File, null, null, "WireMock rejects the mapping: " + OneLine(e)));
            }
        }

        return problems;
    }

    private static string OneLine(Exception e)
    {
        var innermost = e;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost.Message.ReplaceLineEndings(" ");
    }
}
