import { IsInt, IsOptional, Length, Matches, Max, Min, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortInput } from '../../shared/list.ts';
import { GovernmentKind, OrgUnitKind, Sector } from './organization.enums.ts';
import { OptionalId, OptionalIds } from '../../shared/inputs.ts';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

// ---- Government ---------------------------------------------------------------------------

@InputType()
export class GovernmentFilter {
  @Field({ nullable: true, description: 'Free text: name or code' })
  @IsOptional()
  @MaxLength(100)
  q?: string;

  @OptionalIds()
  ids?: string[];

  @Field(() => GovernmentKind, { nullable: true })
  kind?: GovernmentKind;
}

export enum GovernmentSortField {
  NAME = 'NAME',
  CODE = 'CODE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(GovernmentSortField, { name: 'GovernmentSortField' });

@InputType()
export class GovernmentSort extends SortInput(GovernmentSortField) {}

@InputType()
export class CreateGovernmentInput {
  @Field()
  @Length(2, 16)
  @Matches(CODE, { message: 'code may contain letters, digits and . _ / - only' })
  code!: string;

  @Field()
  @Length(3, 160)
  name!: string;

  @Field(() => GovernmentKind)
  kind!: GovernmentKind;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 80)
  province?: string;
}

@InputType()
export class UpdateGovernmentInput {
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 16)
  @Matches(CODE)
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 160)
  name?: string;

  @Field(() => GovernmentKind, { nullable: true })
  kind?: GovernmentKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 80)
  province?: string | null;
}

// ---- OrgUnit ------------------------------------------------------------------------------

@InputType()
export class OrgUnitFilter {
  @Field({ nullable: true, description: 'Free text: name or code' })
  @IsOptional()
  @MaxLength(100)
  q?: string;

  @OptionalIds()
  ids?: string[];

  @OptionalId()
  governmentId?: string;

  @OptionalId('Direct children of this unit')
  parentId?: string;

  @OptionalId('This unit and every unit below it')
  withinUnitId?: string;

  @Field({ nullable: true, description: 'Only top-level units (no parent)' })
  topLevel?: boolean;

  @Field(() => [OrgUnitKind], { nullable: true })
  kinds?: OrgUnitKind[];

  @Field(() => [Sector], { nullable: true })
  sectors?: Sector[];

  @Field({ nullable: true })
  active?: boolean;
}

export enum OrgUnitSortField {
  NAME = 'NAME',
  CODE = 'CODE',
  KIND = 'KIND',
  SECTOR = 'SECTOR',
  DEPTH = 'DEPTH',
  POPULATION_SERVED = 'POPULATION_SERVED',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(OrgUnitSortField, { name: 'OrgUnitSortField' });

@InputType()
export class OrgUnitSort extends SortInput(OrgUnitSortField) {}

@InputType()
export class CreateOrgUnitInput {
  @OptionalId('Required for a super admin; others write into their own government')
  governmentId?: string;

  @OptionalId()
  parentId?: string;

  @Field()
  @Length(1, 32)
  @Matches(CODE, { message: 'code may contain letters, digits and . _ / - only' })
  code!: string;

  @Field()
  @Length(3, 200)
  name!: string;

  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  populationServed?: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(300)
  address?: string;
}

@InputType()
export class UpdateOrgUnitInput {
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @IsInt()
  version!: number;

  @OptionalId('Move the unit under another one (null: make it top-level)')
  parentId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 32)
  @Matches(CODE)
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 200)
  name?: string;

  @Field(() => OrgUnitKind, { nullable: true })
  kind?: OrgUnitKind;

  @Field(() => Sector, { nullable: true })
  sector?: Sector;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  populationServed?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field({ nullable: true })
  active?: boolean;
}
