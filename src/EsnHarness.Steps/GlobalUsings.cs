// The agencies are defined once, in the contracts (esn.common.v1.Agency in protos/esn/common/v1/common.proto): the
// steps, the terminals they drive and the MCX all speak of the same enum. AgencyNames reads its names from it.
global using Agency = EsnHarness.Contracts.Common.V1.Agency;
