using EsnHarness.Contracts.Common.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Net.Client;
using Defect = EsnHarness.Simulators.Defects.Defect;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>A new scenario with reference defects switched on before its first call (none: the faithful behaviour), as esn mutate does it.</summary>
public static class DefectScenarios
{
    /// <summary>A scenario on the shared host with the named defects (nulls skipped).</summary>
    public static Task<Scenario> StartAsync(params string?[] defects) =>
        StartOnAsync(HostSetup.Channel, [.. defects.OfType<string>()]);

    /// <summary>A scenario on <paramref name="channel"/>'s host with one defect, or none.</summary>
    internal static Task<Scenario> NewAsync(GrpcChannel channel, Defect? defect) =>
        StartOnAsync(channel, defect is null ? [] : [defect.Name]);

    private static async Task<Scenario> StartOnAsync(GrpcChannel channel, IReadOnlyList<string> names)
    {
        var scenario = new Scenario(channel);
        if (names.Count > 0)
        {
            await new ReferenceDefects.ReferenceDefectsClient(channel).ActivateAsync(new ActivateDefectsRequest { Names = { names } }, scenario.Headers);
        }

        return scenario;
    }
}
