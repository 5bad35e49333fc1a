using System.Globalization;
using Gherkin.CucumberMessages;

namespace EsnHarness.Bdd.Internal;

/// <summary>Thread-safe incrementing ids, shared by the parser, the pickle compiler and the runner so ids never collide.</summary>
internal sealed class IdGenerator : IIdGenerator
{
    private long _next = -1;

    public string GetNewId() => Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
}
