// GraphQL shapes of the promotion module's answers. Each carries the values compared, the reasons
// and the legal basis, so an HR officer can defend it.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageType } from '../../shared/list.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { Employee, QualificationKind } from '../employee/index.ts';
import { OrgUnit } from '../organization/index.ts';
import { Predikat } from '../performance/index.ts';
import { FunctionalLevel, Position, PositionKind } from '../position/index.ts';
import { Rank } from '../reference/index.ts';
import { EligibilityFilter } from './promotion.service.ts';
import { PromotionRoute } from './promotion.rules.ts';

registerEnumType(PromotionRoute, { name: 'PromotionRoute', description: 'REGULAR (PP 99/2000), FUNCTIONAL (kenaikan pangkat pilihan by credit points), NONE (not applicable)' });
registerEnumType(EligibilityFilter, { name: 'EligibilityFilter' });

@ObjectType({ description: 'One condition of a rule: pass/fail, the values compared, the legal basis' })
export class EligibilityCondition {
  @Field()
  code!: string;

  @Field()
  description!: string;

  @Field()
  passed!: boolean;

  @Field({ description: 'The employee\'s value' })
  actual!: string;

  @Field({ description: 'What the rule requires' })
  required!: string;

  @Field()
  legalBasis!: string;

  @Field(() => DateOnly, { nullable: true, description: 'For a failing condition: the date it will pass, when only time is missing' })
  passesOn!: string | null;
}

@ObjectType({ description: 'Whether an employee may be promoted to the next rank on a date, and why (ASN-RULES §3)' })
export class RankPromotionEligibility {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => Employee)
  employee!: Employee;

  @Field(() => DateOnly)
  asOf!: string;

  @Field(() => PromotionRoute)
  route!: PromotionRoute;

  @Field(() => Rank, { nullable: true })
  currentRank!: Rank | null;

  @Field(() => DateOnly, { nullable: true })
  currentRankTmt!: string | null;

  @Field(() => Rank, { nullable: true })
  nextRank!: Rank | null;

  @Field()
  eligible!: boolean;

  @Field(() => DateOnly, { nullable: true, description: 'First TMT (1st of a month under Peraturan BKN 4/2025) the promotion can take effect; null when a failing condition has no known date' })
  earliestTmt!: string | null;

  @Field(() => [EligibilityCondition])
  conditions!: EligibilityCondition[];

  @Field({ description: 'One sentence: the answer and the failing conditions' })
  summary!: string;
}

@ObjectType()
export class RankPromotionEligibilityPage extends PageType(RankPromotionEligibility) {
  @Field(() => DateOnly)
  asOf!: string;
}

@ObjectType({ description: 'A requirement of appointment (ASN-RULES §8)' })
export class CandidateRequirement {
  @Field()
  code!: string;

  @Field()
  description!: string;

  @Field()
  passed!: boolean;

  @Field()
  actual!: string;

  @Field()
  required!: string;

  @Field()
  legalBasis!: string;
}

@ObjectType({ description: 'A part of the merit score: a value 0-100 and its weight' })
export class MeritComponent {
  @Field({ description: 'jpm, performance, talent, education or rank' })
  code!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  weight!: number;

  @Field()
  explanation!: string;
}

@ObjectType({ description: 'An employee who could fill a position: requirements, merit score and its parts' })
export class PositionCandidate {
  @Field(() => Employee)
  employee!: Employee;

  @Field({ description: 'Passes every hard requirement' })
  qualified!: boolean;

  @Field(() => Float, { description: 'Weighted merit score 0-100 (see scoreFormula)' })
  score!: number;

  @Field(() => [CandidateRequirement])
  requirements!: CandidateRequirement[];

  @Field(() => [CandidateRequirement], { description: 'The requirements failed (why the candidate is not qualified)' })
  failedRequirements!: CandidateRequirement[];

  @Field(() => [MeritComponent])
  components!: MeritComponent[];

  @Field(() => Float, { nullable: true, description: 'JPM % against this position\'s competency standard' })
  jpm!: number | null;

  @Field(() => Int, { nullable: true })
  talentBox!: number | null;

  @Field(() => Predikat, { nullable: true, description: 'Annual predikat of last year' })
  latestPredikat!: Predikat | null;
}

@ObjectType()
export class MeritWeight {
  @Field()
  code!: string;

  @Field(() => Float)
  weight!: number;
}

@ObjectType({ description: 'The open-selection shortlist of a position (merit-based placement)' })
export class PositionCandidateList {
  @Field(() => Position)
  position!: Position;

  @Field(() => DateOnly)
  asOf!: string;

  @Field(() => [PositionCandidate])
  items!: PositionCandidate[];

  @Field(() => Int, { description: 'Candidates in this list (qualified or not, as asked)' })
  total!: number;

  @Field(() => Int)
  limit!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => Int)
  qualifiedTotal!: number;

  @Field(() => Int)
  notQualifiedTotal!: number;

  @Field(() => Int, { description: 'Planned headcount minus current holders (negative: over formasi)' })
  vacancies!: number;

  @Field(() => [MeritWeight])
  weights!: MeritWeight[];

  @Field()
  scoreFormula!: string;

  @Field()
  legalBasis!: string;
}

@ObjectType({ description: 'A line of the Daftar Urut Kepangkatan' })
export class DukEntry {
  @Field(() => Int, { description: 'Position in the list (1 = most senior)' })
  number!: number;

  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Rank, { nullable: true })
  rank!: Rank | null;

  @Field(() => DateOnly, { nullable: true })
  rankTmt!: string | null;

  @Field(() => Position, { nullable: true })
  position!: Position | null;

  @Field(() => DateOnly, { nullable: true })
  positionTmt!: string | null;

  @Field(() => OrgUnit, { nullable: true })
  unit!: OrgUnit | null;

  @Field(() => Int, { description: 'Whole years of service since TMT CPNS' })
  serviceYears!: number;

  @Field(() => Int, { description: 'And months' })
  serviceMonths!: number;

  @Field(() => QualificationKind, { nullable: true, description: 'Highest leadership training' })
  leadershipTraining!: QualificationKind | null;

  @Field(() => DateOnly, { nullable: true })
  leadershipTrainingDate!: string | null;

  @Field(() => String, { nullable: true })
  education!: string | null;

  @Field(() => String, { nullable: true })
  major!: string | null;

  @Field(() => Int, { nullable: true })
  graduationYear!: number | null;

  @Field(() => DateOnly, { nullable: true, description: 'Personal data: administrators only' })
  birthDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Age on the DUK date. Null for masked roles (with the DUK date it gives the birth date away)' })
  age!: number | null;
}

@ObjectType()
export class DukPage extends PageType(DukEntry) {
  @Field(() => DateOnly)
  asOf!: string;

  @Field({ description: 'Download of the whole list as CSV (send the same Bearer token)' })
  csvPath!: string;
}

@ObjectType({ description: 'Retirement age and date of an employee (ASN-RULES §11)' })
export class RetirementInfo {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => PositionKind, { nullable: true })
  positionKind!: PositionKind | null;

  @Field(() => FunctionalLevel, { nullable: true })
  functionalLevel!: FunctionalLevel | null;

  @Field(() => Int)
  retirementAge!: number;

  @Field(() => DateOnly, { nullable: true, description: 'The day retirement takes effect. Null for masked roles (it gives the birth date away): see retirementYear' })
  retirementDate!: string | null;

  @Field(() => Int, { description: 'The year retirement takes effect' })
  retirementYear!: number;

  @Field(() => [String])
  reasons!: string[];

  @Field()
  legalBasis!: string;
}

@ObjectType()
export class RetirementPage extends PageType(RetirementInfo) {}

@ObjectType()
export class RetirementYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class RetirementProjectionCell {
  @Field(() => Int)
  year!: number;

  @Field(() => OrgUnit, { nullable: true, description: 'Top-level unit (or sub-unit of the scope unit); null for employees not placed' })
  unit!: OrgUnit | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Retirements per year and unit for the next years' })
export class RetirementProjection {
  @Field(() => Int)
  fromYear!: number;

  @Field(() => Int)
  toYear!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => [RetirementYear])
  byYear!: RetirementYear[];

  @Field(() => [RetirementProjectionCell])
  cells!: RetirementProjectionCell[];

  @Field()
  legalBasis!: string;
}

@ObjectType({ description: 'What an HR office should act on soon' })
export class HrAlerts {
  @Field(() => Int)
  promotionMonths!: number;

  @Field(() => Int, { description: 'PNS eligible for promotion now or within promotionMonths' })
  promotionsDue!: number;

  @Field(() => [RankPromotionEligibility])
  promotions!: RankPromotionEligibility[];

  @Field(() => Int)
  retirementMonths!: number;

  @Field(() => Int)
  retirementsDue!: number;

  @Field(() => [RetirementInfo])
  retirements!: RetirementInfo[];

  @Field(() => Int)
  contractMonths!: number;

  @Field(() => Int, { description: 'PPPK contracts ending within contractMonths' })
  contractsEnding!: number;

  @Field(() => [Employee])
  contracts!: Employee[];
}
