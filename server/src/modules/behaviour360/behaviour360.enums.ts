import { registerEnumType } from 'type-graphql';

export enum RaterGroup {
  SUPERIOR = 'SUPERIOR',
  PEER = 'PEER',
  SUBORDINATE = 'SUBORDINATE',
  SELF = 'SELF',
}
registerEnumType(RaterGroup, { name: 'RaterGroup' });

/** The seven BerAKHLAK core values (SE MenPANRB 20/2021). */
export enum CoreValue {
  BERORIENTASI_PELAYANAN = 'BERORIENTASI_PELAYANAN',
  AKUNTABEL = 'AKUNTABEL',
  KOMPETEN = 'KOMPETEN',
  HARMONIS = 'HARMONIS',
  LOYAL = 'LOYAL',
  ADAPTIF = 'ADAPTIF',
  KOLABORATIF = 'KOLABORATIF',
}
registerEnumType(CoreValue, { name: 'CoreValue', description: 'BerAKHLAK' });
