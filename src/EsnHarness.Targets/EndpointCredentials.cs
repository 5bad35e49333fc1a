namespace EsnHarness.Targets;

/// <summary>Credentials for an external endpoint. Secret parts only ever come from the environment or a file.</summary>
public sealed record EndpointCredentials(string? Username, Secret? Password, Secret? Token);
