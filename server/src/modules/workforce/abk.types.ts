// The ABK of a position as the API answers it: every number with the terms it came from.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { EjBand, RoundingMode, WorkPeriod } from './workforce.enums.ts';

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
