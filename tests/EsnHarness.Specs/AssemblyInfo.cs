// Scenarios wait on simulated network latency far more than they use the CPU: run many at once.
[assembly: NUnit.Framework.LevelOfParallelism(16)]
