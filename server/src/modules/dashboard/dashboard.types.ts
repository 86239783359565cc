// GraphQL shapes of the dashboard's own answers: headcounts in a scope, grouped one way.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateOnly } from '../../shared/scalars.ts';
import { OrgUnit } from '../organization/index.ts';

/** What a headcount is grouped by. */
export enum HeadcountGroup {
  UNIT = 'UNIT',
  RANK = 'RANK',
  ASN_TYPE = 'ASN_TYPE',
  SEX = 'SEX',
  EDUCATION = 'EDUCATION',
}
registerEnumType(HeadcountGroup, {
  name: 'HeadcountGroup',
  description: 'How a headcount is grouped',
  valuesConfig: {
    UNIT: { description: 'The top-level units of the government, or the direct sub-units of the unit asked for; each counts its whole subtree' },
    RANK: { description: 'Current rank (latest TMT in the rank history): PNS I/a to IV/e, then PPPK golongan I to XVII, then employees without a rank' },
    ASN_TYPE: { description: 'PNS, PPPK, PPPK paruh waktu' },
    SEX: { description: 'Sex as recorded (and encoded in the NIP)' },
    EDUCATION: { description: 'Highest education level completed, lowest level first, then employees without a recorded education' },
  },
});

@ObjectType({ description: 'One group of a headcount' })
export class HeadcountBucket {
  @Field({
    description:
      'Stable key of the group: the unit id (UNIT; the scope unit itself for employees placed directly in it), the rank as SCHEME:code e.g. PNS:III/a or PPPK:IX (RANK), the AsnType or Sex value, the education level code; NONE for employees with no placement, rank or education on record',
  })
  key!: string;

  @Field({ description: 'Display name: unit name, rank code (PPPK golongan prefixed "PPPK"), ASN type, sex or education level, in Bahasa Indonesia' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'More about the group: the unit code, the rank name (pangkat), the education level code' })
  detail!: string | null;

  @Field(() => Int, { description: 'Employees in service in the group' })
  count!: number;
}

@ObjectType({ description: 'Employees in service (aktif, cuti, tugas belajar) in a government or a unit subtree, grouped one way. One SQL statement whatever the number of employees.' })
export class Headcount {
  @Field(() => HeadcountGroup, { description: 'What the buckets are grouped by' })
  groupBy!: HeadcountGroup;

  @Field(() => DateOnly, { description: 'The date the count is taken: today (Asia/Jakarta); placements and ranks in effect on it' })
  asOf!: string;

  @Field(() => ID, { description: 'The government counted (the government of the unit, when a unit is named)' })
  governmentId!: string;

  @Field(() => OrgUnit, { nullable: true, description: 'The unit counted with its sub-units; null for the whole government' })
  unit!: OrgUnit | null;

  @Field(() => Int, { description: 'Employees in service in the scope: the sum of the buckets (each employee is counted once)' })
  total!: number;

  @Field(() => [HeadcountBucket], {
    description: 'The groups in their natural order (units: largest first; ranks: I/a to IV/e then PPPK; education: lowest first), NONE last. Groups with nobody are left out, except units: every active unit of the level is listed.',
  })
  buckets!: HeadcountBucket[];
}
