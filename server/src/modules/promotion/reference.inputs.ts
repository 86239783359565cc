import { ArrayMaxSize, IsInt, IsOptional, IsPositive, Matches, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { OptionalId } from '../../shared/inputs.ts';

/** A kind of position in the notation of appointment.rules.ts: PENGAWAS, FUNGSIONAL:AHLI_MUDA, FUNGSIONAL:* or *. */
const KIND = /^(\*|JPT_UTAMA|JPT_MADYA|JPT_PRATAMA|ADMINISTRATOR|PENGAWAS|PELAKSANA|FUNGSIONAL(:(\*|PEMULA|TERAMPIL|MAHIR|PENYELIA|AHLI_PERTAMA|AHLI_MUDA|AHLI_MADYA|AHLI_UTAMA))?)$/;
const KIND_MESSAGE = '$property: unknown kind $value (use e.g. PENGAWAS, FUNGSIONAL:AHLI_MUDA, FUNGSIONAL:* or *)';

@InputType({ description: 'Credit points required for one functional rank step' })
export class UpdateCreditPointRequirementInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => Float, { description: 'More than 0, at most 2000' })
  @IsPositive()
  @Max(2000)
  requiredPoints!: number;
}

@InputType({ description: 'Requirements of appointment to a kind of position (§8)' })
export class UpdateAppointmentRequirementInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @OptionalId()
  minEducationId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(40)
  experienceYears?: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(KIND, { each: true, message: KIND_MESSAGE })
  experienceKinds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(KIND, { each: true, message: KIND_MESSAGE })
  priorKinds?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(40)
  priorYears?: number;

  @Field(() => Int, { nullable: true, description: '0 removes the age limit; otherwise 18 to 70' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(70)
  maxAge?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  performanceYears?: number;
}

@InputType({ description: 'A retirement age (§11)' })
export class UpdateRetirementAgeInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => Int, { description: '50 to 70' })
  @IsInt()
  @Min(50)
  @Max(70)
  age!: number;
}
