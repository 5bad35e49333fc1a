using System.Globalization;
using Gherkin.CucumberMessages;

namespace EsnHarness.Bdd.Internal;

/// <summary>Thread-safe incrementing ids, shared by the parser, the pickle compiler and the runner so ids never collide.</summary>
/// <param name="issued">How many ids were issued before this generator (it continues with that number).</param>
internal sealed class IdGenerator(long issued = 0) : IIdGenerator
{
    private long _next = issued - 1;

    /// <summary>How many ids have been issued so far, for a generator that continues where this one is.</summary>
    public long Issued => Interlocked.Read(ref _next) + 1;

    public string GetNewId() => Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
}
