using NUnit.Framework;

namespace EsnHarness.Contracts.Tests;

/// <summary>The machine turn every test assembly takes (tests/Shared/TestMachineTurn.cs) is held while its tests run.</summary>
public sealed class TestMachineTurnTests
{
    [Test]
    public void MachineMutex_WhileThisAssemblysTestsRun_IsHeldSoNoOtherTestAssemblyRuns()
    {
        using var mutex = new Mutex(initiallyOwned: false, "Global\\esn-harness-test-machine");

        var free = mutex.WaitOne(TimeSpan.Zero);
        if (free)
        {
            mutex.ReleaseMutex();
        }

        Assert.That(free, Is.False, "the assembly's set-up fixture holds the machine turn on another thread");
    }
}
