namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>What one scenario reached in the clean pass: a defect outside it cannot change what the scenario sees.</summary>
/// <param name="Consulted">Simulator defects its namespace consulted (switched on or not).</param>
/// <param name="HttpRoles">HTTP stub roles that received its requests.</param>
internal sealed record ScenarioReach(IReadOnlySet<string> Consulted, IReadOnlySet<string> HttpRoles)
{
    public bool Reaches(ReferenceDefect defect) => defect.Stub ? HttpRoles.Contains(defect.Role) : Consulted.Contains(defect.Name);
}
