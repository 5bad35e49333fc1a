using EsnHarness.Contracts.Common.V1;
using EsnHarness.Simulators.Tests.Support;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>A new scenario on the shared host with reference defects switched on before its first call (none for the faithful case).</summary>
public static class DefectScenarios
{
    public static async Task<Scenario> StartAsync(params string?[] defects)
    {
        var s = HostSetup.NewScenario();
        var names = defects.OfType<string>().ToList();
        if (names.Count > 0)
        {
            await new ReferenceDefects.ReferenceDefectsClient(HostSetup.Channel).ActivateAsync(new ActivateDefectsRequest { Names = { names } }, s.Headers);
        }

        return s;
    }
}
