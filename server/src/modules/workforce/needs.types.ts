// The needs report: per position, per group (unit, kind, sector) and against population ratios.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageType } from '../../shared/list.ts';
import { OrgUnitKind, Sector } from '../organization/index.ts';
import { PositionKind } from '../position/index.ts';
import { EjBand } from './workforce.enums.ts';

@ObjectType({ description: 'Needs of one position (from its approved ABK)' })
export class PositionNeed {
  @Field(() => ID)
  positionId!: string;

  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field(() => PositionKind)
  kind!: PositionKind;

  @Field(() => ID)
  unitId!: string;

  @Field()
  unitName!: string;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => ID, { nullable: true, description: 'The approved analysis used; null when the position has none' })
  analysisId!: string | null;

  @Field(() => Int, { nullable: true })
  analysisYear!: number | null;

  @Field(() => Float, { nullable: true })
  totalWorkloadMinutes!: number | null;

  @Field(() => Float, { nullable: true })
  requiredStaff!: number | null;

  @Field(() => Int, { nullable: true })
  requiredStaffRounded!: number | null;

  @Field(() => Int)
  bezetting!: number;

  @Field(() => Int)
  formasi!: number;

  @Field(() => Float, { nullable: true })
  ej!: number | null;

  @Field(() => EjBand, { nullable: true })
  ejBand!: EjBand | null;

  @Field(() => Int, { nullable: true })
  gap!: number | null;

  @Field(() => Int, { nullable: true })
  formasiGap!: number | null;
}

@ObjectType()
export class PositionNeedPage extends PageType(PositionNeed) {}

@ObjectType({ description: 'Needs summed over a group of positions with an approved ABK' })
export class NeedGroup {
  @Field({ description: 'Unit id, position kind or sector' })
  key!: string;

  @Field({ description: 'Unit name, or the kind or sector code' })
  label!: string;

  @Field(() => OrgUnitKind, { nullable: true })
  unitKind!: OrgUnitKind | null;

  @Field(() => Boolean, { nullable: true, description: 'For units: whether it has sub-units to open' })
  hasSubUnits!: boolean | null;

  @Field(() => Int, { description: 'Positions in the group' })
  positions!: number;

  @Field(() => Int, { description: 'Of which with an approved ABK (the sums below cover these)' })
  analysed!: number;

  @Field(() => Float)
  requiredStaff!: number;

  @Field(() => Int)
  requiredStaffRounded!: number;

  @Field(() => Int)
  bezetting!: number;

  @Field(() => Int)
  formasi!: number;

  @Field(() => Int, { description: 'requiredStaffRounded - bezetting' })
  gap!: number;

  @Field(() => Int, { description: 'Sum of the positive gaps (positions short of staff)' })
  shortage!: number;

  @Field(() => Int, { description: 'Sum of the surpluses (positions over their need)' })
  surplus!: number;
}

@ObjectType({ description: 'A unit against a target ratio to its population served' })
export class RatioNeed {
  @Field(() => ID)
  ratioId!: string;

  @Field()
  label!: string;

  @Field({ description: 'Basis of the target' })
  basis!: string;

  @Field(() => String, { nullable: true })
  functionalFamily!: string | null;

  @Field(() => ID)
  unitId!: string;

  @Field()
  unitName!: string;

  @Field(() => Int)
  population!: number;

  @Field(() => Int, { description: 'Holders in service of the counted positions' })
  staff!: number;

  @Field(() => Float)
  targetStaffPer!: number;

  @Field(() => Int)
  targetPopulation!: number;

  @Field(() => Float, { description: 'population x staff per / population per, two decimals' })
  targetStaff!: number;

  @Field(() => Int)
  targetStaffRounded!: number;

  @Field(() => Int, { description: 'target - staff: positive short' })
  shortfall!: number;

  @Field(() => Int, { nullable: true, description: 'People served per staff member' })
  populationPerStaff!: number | null;
}

@ObjectType({ description: 'Staffing needs of a unit (with sub-units) or a government for a year' })
export class WorkforceNeeds {
  @Field(() => Int)
  year!: number;

  @Field(() => ID)
  governmentId!: string;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => NeedGroup, { description: 'The whole scope' })
  totals!: NeedGroup;

  @Field(() => [NeedGroup], { description: 'The units directly below the scope (a government: its top-level units), each with its sub-units' })
  byUnit!: NeedGroup[];

  @Field(() => [NeedGroup])
  byKind!: NeedGroup[];

  @Field(() => [NeedGroup])
  bySector!: NeedGroup[];

  @Field(() => [PositionNeed], { description: 'Largest shortages first' })
  largestShortages!: PositionNeed[];

  @Field(() => [PositionNeed], { description: 'Largest surpluses first' })
  largestSurpluses!: PositionNeed[];

  @Field(() => [RatioNeed], { description: 'Units against their target ratios, largest shortfall first' })
  ratios!: RatioNeed[];

  @Field(() => Int)
  ratiosTotal!: number;

  @Field(() => PositionNeedPage, { description: 'Every position, largest gap first' })
  positions!: PositionNeedPage;

  @Field()
  legalBasis!: string;
}
