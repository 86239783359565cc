import { registerEnumType } from 'type-graphql';

export enum PotentialLevel {
  RENDAH = 'RENDAH',
  MENENGAH = 'MENENGAH',
  TINGGI = 'TINGGI',
}
registerEnumType(PotentialLevel, { name: 'PotentialLevel' });
