// Object types the performance resolvers answer with (pages, the distribution report, credit points, follow-ups).
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageType } from '../../shared/list.ts';
import { Employee } from '../employee/index.ts';
import { OrgUnit } from '../organization/index.ts';
import { FunctionalLevel } from '../position/index.ts';
import { PerformanceEvaluation } from './evaluation.entity.ts';
import { FollowUpNeed } from './followup.service.ts';
import { DistributionBound, OrganizationRatingValue, Predikat } from './performance.enums.ts';
import { PerformancePlan } from './plan.entity.ts';

registerEnumType(FollowUpNeed, { name: 'FollowUpNeed' });

@ObjectType()
export class PerformancePlanPage extends PageType(PerformancePlan) {}

@ObjectType()
export class PerformanceEvaluationPage extends PageType(PerformanceEvaluation) {}

@ObjectType()
export class PredikatCount {
  @Field(() => Predikat)
  predikat!: Predikat;

  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float)
  percent!: number;
}

@ObjectType({ description: 'One bound of the organisation rating, checked' })
export class DistributionCheckResult {
  @Field()
  description!: string;

  @Field(() => [Predikat])
  predikats!: Predikat[];

  @Field(() => DistributionBound)
  bound!: DistributionBound;

  @Field(() => Float)
  value!: number;

  @Field(() => Int)
  count!: number;

  @Field(() => Float)
  percent!: number;

  @Field()
  passed!: boolean;
}

@ObjectType({ description: "Whether a unit's annual predikat respect the bound of its organisation rating (SE MenPANRB 3/2023)" })
export class DistributionReport {
  @Field(() => OrgUnit)
  unit!: OrgUnit;

  @Field(() => Int)
  year!: number;

  @Field(() => OrganizationRatingValue, { nullable: true })
  organizationRating!: OrganizationRatingValue | null;

  @Field(() => Int)
  total!: number;

  @Field(() => [PredikatCount])
  counts!: PredikatCount[];

  @Field(() => [DistributionCheckResult])
  checks!: DistributionCheckResult[];

  @Field()
  compliant!: boolean;

  @Field(() => [String])
  reasons!: string[];

  @Field()
  legalBasis!: string;
}

@ObjectType()
export class CreditSegmentResult {
  @Field(() => FunctionalLevel)
  level!: FunctionalLevel;

  @Field(() => Float)
  months!: number;

  @Field(() => Float)
  coefficient!: number;

  @Field(() => Float)
  percent!: number;

  @Field(() => Float)
  points!: number;

  @Field()
  formula!: string;
}

@ObjectType({ description: 'Credit points earned in a year (ASN-RULES §3)' })
export class CreditYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Predikat, { nullable: true })
  predikat!: Predikat | null;

  @Field(() => Float)
  total!: number;

  @Field(() => [CreditSegmentResult])
  segments!: CreditSegmentResult[];

  @Field(() => [String])
  reasons!: string[];

  @Field()
  legalBasis!: string;
}

@ObjectType({ description: 'An annual rating still waiting for its follow-up' })
export class PendingFollowUp {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Int)
  year!: number;

  @Field(() => Predikat)
  predikat!: Predikat;

  @Field(() => FollowUpNeed)
  need!: FollowUpNeed;
}

@ObjectType()
export class PendingFollowUpPage extends PageType(PendingFollowUp) {}
