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

            StartWhatCan(queue, running, workers, runOne);
            if (running.Count == 0)
            {
                break;
            }

            var done = await Task.WhenAny(running.Select(r => r.Task)).ConfigureAwait(false);
            running.RemoveAll(r => r.Task == done);
            await done.ConfigureAwait(false);
        }
    }

    private static void StartWhatCan(List<TestCasePlan> queue, List<(Task Task, TestCasePlan Plan)> running, int workers, Func<TestCasePlan, Task> runOne)
    {
        for (var i = 0; i < queue.Count && running.Count < workers;)
        {
            var plan = queue[i];
            if (running.Any(r => IsSerial(r.Plan)))
            {
                return;
            }

            if (IsSerial(plan))
            {
                if (running.Count == 0)
                {
                    queue.RemoveAt(i);
                    running.Add((Task.Run(() => runOne(plan)), plan));
                }

                return;
            }

            var names = ExclusiveNames(plan);
            if (running.Any(r => ExclusiveNames(r.Plan).Overlaps(names)))
            {
                i++;
                continue;
            }

            queue.RemoveAt(i);
            running.Add((workers == 1 ? runOne(plan) : Task.Run(() => runOne(plan)), plan));
        }
    }

    private static bool IsSerial(TestCasePlan plan) => plan.Pickle.Info.Tags.Contains(SerialTag, StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> ExclusiveNames(TestCasePlan plan) =>
        plan.Pickle.Info.Tags.Where(t => t.StartsWith(ExclusivePrefix, StringComparison.OrdinalIgnoreCase))
            .Select(t => t[ExclusivePrefix.Length..]).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
