import { IsBoolean, IsIn, IsInt, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateOnly } from '../../shared/scalars.ts';
import { QualificationKind, SanctionLevel } from './employee.enums.ts';
import { RequiredId } from '../../shared/inputs.ts';

@InputType()
export class AddQualificationInput {
  @RequiredId()
  employeeId!: string;

  @Field(() => QualificationKind)
  @IsIn(Object.values(QualificationKind))
  kind!: QualificationKind;

  @Field(() => DateOnly, { description: 'Date passed (or training completed)' })
  passedOn!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  certificateNumber?: string;
}

@InputType()
export class UpdateQualificationInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => DateOnly, { nullable: true })
  passedOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  certificateNumber?: string | null;
}

@InputType()
export class AddSanctionInput {
  @RequiredId()
  employeeId!: string;

  @Field(() => SanctionLevel)
  @IsIn(Object.values(SanctionLevel))
  level!: SanctionLevel;

  @Field()
  @Length(3, 300)
  description!: string;

  @Field(() => DateOnly)
  startDate!: string;

  @Field(() => DateOnly, { nullable: true, description: 'Last day in force; empty while open-ended' })
  endDate?: string;

  @Field({ description: 'Whether it bars rank promotion while in force (e.g. penundaan kenaikan pangkat)' })
  @IsBoolean()
  barsPromotion!: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  decreeNumber?: string;
}

@InputType()
export class UpdateSanctionInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => SanctionLevel, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(SanctionLevel))
  level?: SanctionLevel;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 300)
  description?: string;

  @Field(() => DateOnly, { nullable: true })
  startDate?: string;

  @Field(() => DateOnly, { nullable: true })
  endDate?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  barsPromotion?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  decreeNumber?: string | null;
}
