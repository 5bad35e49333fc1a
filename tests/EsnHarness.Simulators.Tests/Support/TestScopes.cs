using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Worlds;
using Microsoft.Extensions.Logging.Abstractions;

namespace EsnHarness.Simulators.Tests.Support;

/// <summary>World scopes for worlds a test builds directly, without a host.</summary>
internal static class TestScopes
{
    public static WorldScope Of(string ns, TimeProvider? time = null, string role = "test", params string[] defects) =>
        new(ns, role, DefectSet.Of(defects), time ?? TimeProvider.System, NullLogger.Instance);
}
