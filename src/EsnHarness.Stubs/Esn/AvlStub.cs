namespace EsnHarness.Stubs.Esn;

/// <summary>The AVL feeds of one session: wait for a resource's position to reach a control room.</summary>
public sealed class AvlStub(IStubSession session)
{
    /// <summary>The endpoint folder.</summary>
    public const string Endpoint = "avl";

    /// <summary>Waits until <paramref name="agency"/>'s AVL feed receives a position report for <paramref name="resource"/>.</summary>
    public Task<IReadOnlyList<ReceivedRequest>> WaitForPositionAsync(string agency, string resource, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        session.WaitForAsync(
            RequestExpectation.To(Endpoint, RequestCondition.Method("POST"), RequestCondition.Path($"/avl/{AgencySegment.Of(agency)}/positions"), RequestCondition.JsonPath("$.properties.resource", resource)),
            RequestCount.AtLeastOf(1),
            timeout,
            cancellationToken);
}
