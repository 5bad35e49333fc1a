namespace EsnHarness.Bdd.Internal;

/// <summary>
/// Runs test cases on up to <c>workers</c> at once, in order: a <c>@serial</c> one waits until nothing else runs and
/// nothing starts beside it; <c>@exclusive:name</c> ones never run beside another holding the same name.
/// </summary>
internal static class ScenarioScheduler
{
    public const string SerialTag = "@serial";
    public const string ExclusivePrefix = "@exclusive:";

    public static async Task RunAsync(IReadOnlyList<TestCasePlan> plans, int workers, Func<TestCasePlan, Task> runOne, CancellationToken cancellationToken)
    {
        var queue = plans.ToList();
        var running = new List<(Task Task, TestCasePlan Plan)>();
        while (queue.Count > 0 || running.Count > 0)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                queue.Clear();
            }

            foreach (var plan in Pick(queue, running.Select(r => r.Plan).ToList(), workers))
            {
                running.Add((workers == 1 ? runOne(plan) : Task.Run(() => runOne(plan)), plan));
            }

            if (running.Count == 0)
            {
                break;
            }

            var done = await Task.WhenAny(running.Select(r => r.Task)).ConfigureAwait(false);
            running.RemoveAll(r => r.Task == done);
            await done.ConfigureAwait(false);
        }
    }

    /// <summary>Takes from <paramref name="queue"/> the plans that may start now beside <paramref name="running"/>.</summary>
    public static List<TestCasePlan> Pick(List<TestCasePlan> queue, IReadOnlyCollection<TestCasePlan> running, int workers)
    {
        var picked = new List<TestCasePlan>();
        for (var i = 0; i < queue.Count && running.Count + picked.Count < workers;)
        {
            var plan = queue[i];
            if (running.Concat(picked).Any(IsSerial))
            {
                break;
            }

            if (IsSerial(plan))
            {
                if (running.Count + picked.Count == 0)
                {
                    queue.RemoveAt(i);
                    picked.Add(plan);
                }

                break;
            }

            var names = ExclusiveNames(plan);
            if (running.Concat(picked).Any(r => ExclusiveNames(r).Overlaps(names)))
            {
                i++;
                continue;
            }

            queue.RemoveAt(i);
            picked.Add(plan);
        }

        return picked;
    }

    private static bool IsSerial(TestCasePlan plan) => plan.Pickle.Info.Tags.Contains(SerialTag, StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> ExclusiveNames(TestCasePlan plan) =>
        plan.Pickle.Info.Tags.Where(t => t.StartsWith(ExclusivePrefix, StringComparison.OrdinalIgnoreCase))
            .Select(t => t[ExclusivePrefix.Length..]).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
