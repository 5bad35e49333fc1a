namespace EsnHarness.Stubs.Internal.Gateway;

/// <summary>Body of <c>PUT /__esn/sessions/{id}/scenarios/{name}</c>: the state to move the WireMock scenario to.</summary>
internal sealed record ScenarioStateBody(string State);
