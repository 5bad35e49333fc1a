using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>A vehicle device's own log-on while a handheld is docked in it, to log on with again at undocking (the token is a secret).</summary>
internal sealed record DockedVehicle(UserIdentity Identity, string AccessToken);
