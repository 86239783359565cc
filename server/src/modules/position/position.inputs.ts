import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IntRange, SortInput } from '../../shared/list.ts';
import { FunctionalLevel, PositionKind } from './position.enums.ts';
import { OptionalId, OptionalIds, RequiredId, ScopedFilter } from '../../shared/inputs.ts';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

@InputType()
export class PositionFilter extends ScopedFilter {
  @OptionalId('Positions of this unit and, unless includeSubUnits is false, of its sub-units')
  override unitId?: string;

  @Field({ nullable: true, description: 'Free text: title, code or functional family' })
  @IsOptional()
  @MaxLength(100)
  q?: string;

  @Field(() => [PositionKind], { nullable: true })
  kinds?: PositionKind[];

  @Field(() => [FunctionalLevel], { nullable: true })
  functionalLevels?: FunctionalLevel[];

  @Field({ nullable: true })
  managerial?: boolean;

  @Field(() => IntRange, { nullable: true, description: 'Kelas jabatan range' })
  @IsOptional()
  @ValidateNested()
  grade?: IntRange;

  @Field({ nullable: true, description: 'Only positions with fewer holders than their formasi' })
  vacant?: boolean;

  @Field({ nullable: true })
  active?: boolean;
}

export enum PositionSortField {
  TITLE = 'TITLE',
  CODE = 'CODE',
  KIND = 'KIND',
  GRADE = 'GRADE',
  PLANNED_HEADCOUNT = 'PLANNED_HEADCOUNT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(PositionSortField, { name: 'PositionSortField' });

@InputType()
export class PositionSort extends SortInput(PositionSortField) {}

@InputType()
export class CreatePositionInput {
  @RequiredId('The unit the position belongs to (it fixes the government)')
  unitId!: string;

  @OptionalId('Superior position (atasan langsung)')
  parentId?: string;

  @Field()
  @Length(1, 40)
  @Matches(CODE, { message: 'code may contain letters, digits and . _ / - only' })
  code!: string;

  @Field()
  @Length(3, 200)
  title!: string;

  @Field(() => PositionKind)
  kind!: PositionKind;

  @Field(() => FunctionalLevel, { nullable: true, description: 'Required for FUNGSIONAL, not allowed otherwise' })
  functionalLevel?: FunctionalLevel;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 120)
  functionalFamily?: string;

  @Field(() => Int, { description: 'Kelas jabatan, 1-17' })
  @IsInt()
  @Min(1)
  @Max(17)
  grade!: number;

  @Field(() => Int, { description: 'Planned headcount (formasi), 0 or more' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  plannedHeadcount!: number;

  @OptionalId()
  minEducationId?: string;

  @OptionalId()
  minRankId?: string;
}

@InputType()
export class UpdatePositionInput {
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @IsInt()
  version!: number;

  @OptionalId()
  unitId?: string;

  @OptionalId()
  parentId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 40)
  @Matches(CODE)
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 200)
  title?: string;

  @Field(() => PositionKind, { nullable: true })
  kind?: PositionKind;

  @Field(() => FunctionalLevel, { nullable: true })
  functionalLevel?: FunctionalLevel | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 120)
  functionalFamily?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(17)
  grade?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  plannedHeadcount?: number;

  @OptionalId()
  minEducationId?: string | null;

  @OptionalId()
  minRankId?: string | null;

  @Field({ nullable: true })
  active?: boolean;
}
