namespace EsnHarness.Simulators.Internal.Worlds;

/// <summary>A role's worlds, as the <see cref="NamespaceDirectory"/> closes them.</summary>
internal interface IWorldRegistry
{
    string Role { get; }

    bool Holds(string ns);

    IReadOnlyCollection<string> Namespaces { get; }

    /// <summary>Releases the namespace's world of this role; false when it had none.</summary>
    Task<bool> CloseAsync(string ns);
}
