using EsnHarness.Contracts.Common.V1;
using EsnHarness.Simulators.Defects;
using Defect = EsnHarness.Simulators.Defects.Defect;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Net.Client;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>A new scenario with one reference defect switched on (or none: the faithful behaviour), as esn mutate does it.</summary>
internal static class DefectScenarios
{
    public static async Task<Scenario> NewAsync(GrpcChannel channel, Defect? defect)
    {
        var scenario = new Scenario(channel);
        if (defect is not null)
        {
            await new ReferenceDefects.ReferenceDefectsClient(channel).ActivateAsync(new ActivateDefectsRequest { Names = { defect.Name } }, scenario.Headers);
        }

        return scenario;
    }
}
