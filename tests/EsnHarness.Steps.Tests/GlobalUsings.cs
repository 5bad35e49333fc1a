global using NUnit.Framework;
global using Agency = EsnHarness.Contracts.Common.V1.Agency;
global using EsnHarness.Targets;
