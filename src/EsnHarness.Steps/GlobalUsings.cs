// The agencies are defined once, in the contracts (esn.common.v1.Agency in protos/esn/common/v1/common.proto): the
// steps, the terminals they drive and the MCX all speak of the same enum. AgencyNames reads its names from it.
global using Agency = EsnHarness.Contracts.Common.V1.Agency;

// Where each role lives (EsnTarget, EsnRole) is the targets project's; every driver reaches its role through it.
global using EsnHarness.Targets;
