// The five-year plan (rencana kebutuhan) and the approved formasi the recruitment module reads.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageType } from '../../shared/list.ts';
import { Sector } from '../organization/index.ts';
import { PositionKind } from '../position/index.ts';
import { FormasiKind } from './workforce.enums.ts';

/** A plan's lists of years hold five entries (ten at most). */
const FIVE_YEARS = ({ childComplexity }: { childComplexity: number }) => 1 + 10 * childComplexity;

@ObjectType({ description: 'One year of the plan' })
export class PlanYearType {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  need!: number;

  @Field(() => Int)
  staffStart!: number;

  @Field(() => Int, { description: 'Projected retirements (ASN-RULES §11)' })
  retirements!: number;

  @Field(() => Int, { description: 'PPPK contracts ending' })
  contractsEnding!: number;

  @Field(() => Int, { description: 'staffStart - retirements - contractsEnding' })
  available!: number;

  @Field(() => Int, { description: 'max(0, need - available): to recruit or move in' })
  recruit!: number;

  @Field(() => Int, { description: 'max(0, available - need): to move out' })
  surplus!: number;

  @Field(() => Int)
  staffEnd!: number;
}

@ObjectType({ description: 'The plan of one position (or a position a scenario\'s new unit needs)' })
export class PlanRow {
  @Field({ description: 'The position id, or "new:<n>:<position id>" for a scenario unit' })
  key!: string;

  @Field(() => ID)
  positionId!: string;

  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field(() => PositionKind)
  kind!: PositionKind;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field()
  unitName!: string;

  @Field(() => Sector)
  sector!: Sector;

  @Field({ description: 'True for a scenario unit' })
  scenario!: boolean;

  @Field(() => Int, { nullable: true })
  analysisYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'Required staff of the ABK used for the first year' })
  requiredStaff!: number | null;

  @Field(() => Int)
  bezetting!: number;

  @Field(() => [PlanYearType], { complexity: FIVE_YEARS })
  years!: PlanYearType[];

  @Field(() => Int)
  totalRecruit!: number;
}

@ObjectType()
export class PlanRowPage extends PageType(PlanRow) {}

@ObjectType({ description: 'A group of plan rows, per year' })
export class PlanGroup {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => [PlanYearType], { complexity: FIVE_YEARS })
  years!: PlanYearType[];

  @Field(() => Int)
  totalRecruit!: number;
}

@ObjectType({ description: 'Rencana kebutuhan: five years from the approved ABK, retirements and PPPK contracts' })
export class WorkforcePlan {
  @Field(() => Int)
  fromYear!: number;

  @Field(() => Int)
  toYear!: number;

  @Field(() => ID)
  governmentId!: string;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => PlanGroup)
  totals!: PlanGroup;

  @Field(() => [PlanGroup])
  bySector!: PlanGroup[];

  @Field(() => [PlanGroup], { description: 'Units directly below the scope' })
  byUnit!: PlanGroup[];

  @Field(() => PlanRowPage)
  rows!: PlanRowPage;

  @Field(() => Int, { description: 'Positions in scope without an approved ABK (not in the plan)' })
  positionsWithoutAbk!: number;

  @Field({ description: 'Path of the CSV download (the same path with .xlsx instead of .csv: a workbook), with the same arguments' })
  exportPath!: string;

  @Field()
  legalBasis!: string;
}

@ObjectType({ description: 'An approved formasi line: what the recruitment module opens vacancies from' })
export class ApprovedFormasi {
  @Field(() => ID)
  lineId!: string;

  @Field(() => ID)
  proposalId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => ID)
  positionId!: string;

  @Field()
  positionTitle!: string;

  @Field(() => ID)
  unitId!: string;

  @Field()
  unitName!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => FormasiKind)
  kind!: FormasiKind;

  @Field(() => ID, { nullable: true })
  educationId!: string | null;

  @Field(() => String, { nullable: true })
  educationCode!: string | null;

  @Field(() => String, { nullable: true })
  major!: string | null;

  @Field(() => String, { nullable: true })
  justification!: string | null;

  @Field(() => Date)
  approvedAt!: Date;
}

@ObjectType()
export class ApprovedFormasiPage extends PageType(ApprovedFormasi) {}
