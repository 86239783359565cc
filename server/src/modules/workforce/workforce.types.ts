// Computed answers of the workforce module: every number with the terms it came from.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageType } from '../../shared/list.ts';
import { OrgUnitKind, Sector } from '../organization/index.ts';
import { PositionKind } from '../position/index.ts';
import { EjBand, FormasiKind, RoundingMode, WorkPeriod } from './workforce.enums.ts';

@ObjectType({ description: 'An operand of a computed number' })
export class OperandType {
  @Field({ description: 'e.g. TOTAL_WORKLOAD, EFFECTIVE_MINUTES, BEZETTING' })
  code!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;
}

@ObjectType({ description: 'A computed number and the terms it was computed from' })
export class TermType {
  @Field({ description: 'e.g. REQUIRED_STAFF = TOTAL_WORKLOAD / EFFECTIVE_MINUTES' })
  code!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => [OperandType])
  operands!: OperandType[];
}

@ObjectType({ description: 'The yearly workload of one task' })
export class TaskWorkloadType {
  @Field(() => ID)
  taskId!: string;

  @Field(() => WorkPeriod)
  period!: WorkPeriod;

  @Field(() => Float)
  multiplier!: number;

  @Field(() => Float, { description: 'volume x multiplier' })
  yearlyVolume!: number;

  @Field(() => Float, { description: 'yearly volume x standard minutes' })
  workloadMinutes!: number;

  @Field(() => [TermType])
  terms!: TermType[];
}

@ObjectType({ description: 'ABK of a position (ASN-RULES §10, PermenPANRB 1/2020)' })
export class AbkComputation {
  @Field(() => [TaskWorkloadType])
  tasks!: TaskWorkloadType[];

  @Field(() => Float)
  totalWorkloadMinutes!: number;

  @Field(() => Float)
  effectiveMinutesPerYear!: number;

  @Field(() => Float, { description: 'total workload / effective minutes, two decimals' })
  requiredStaff!: number;

  @Field(() => Int)
  requiredStaffRounded!: number;

  @Field(() => RoundingMode)
  rounding!: RoundingMode;

  @Field(() => Int, { description: 'Holders in service today' })
  bezetting!: number;

  @Field(() => Int)
  formasi!: number;

  @Field(() => Float, { nullable: true, description: 'Efisiensi jabatan: total workload / (bezetting x effective minutes); null without holders' })
  ej!: number | null;

  @Field(() => EjBand, { nullable: true })
  ejBand!: EjBand | null;

  @Field(() => Int, { description: 'requiredStaffRounded - bezetting: positive short, negative surplus' })
  gap!: number;

  @Field(() => Int, { description: 'requiredStaffRounded - formasi' })
  formasiGap!: number;

  @Field(() => [TermType])
  terms!: TermType[];

  @Field()
  legalBasis!: string;
}

// ---- needs report ---------------------------------------------------------------------------------

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

// ---- five-year plan -------------------------------------------------------------------------------

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
