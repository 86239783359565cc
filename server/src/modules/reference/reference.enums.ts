import { registerEnumType } from 'type-graphql';

/** The two rank systems: PNS pangkat/golongan ruang (PP 99/2000) and PPPK golongan (PermenPANRB 72/2020). */
export enum RankScheme {
  PNS = 'PNS',
  PPPK = 'PPPK',
}
registerEnumType(RankScheme, { name: 'RankScheme' });

/** ASN type (UU 20/2023): PNS, PPPK, and part-time PPPK as a sub-status. */
export enum AsnType {
  PNS = 'PNS',
  PPPK = 'PPPK',
  PPPK_PARUH_WAKTU = 'PPPK_PARUH_WAKTU',
}
registerEnumType(AsnType, { name: 'AsnType' });

export function rankSchemeOf(asnType: AsnType): RankScheme {
  return asnType === AsnType.PNS ? RankScheme.PNS : RankScheme.PPPK;
}
