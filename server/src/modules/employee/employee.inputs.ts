import { IsEmail, IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateRange, IntRange, SortInput } from '../../shared/list.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { PositionKind } from '../position/index.ts';
import { AsnType } from '../reference/index.ts';
import { EmployeeStatus, Sex } from './employee.enums.ts';

const NAME = /^[\p{L}][\p{L}\p{M} .,'-]*$/u;
const PHONE = /^\+?[0-9][0-9 -]{6,20}$/;

@InputType()
export class EmployeeFilter {
  @Field({ nullable: true, description: 'Free text: part of the name, or the start of the NIP' })
  @IsOptional()
  @MaxLength(100)
  q?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  governmentId?: string;

  @Field(() => ID, { nullable: true, description: 'Employees currently placed in this unit (and its sub-units unless includeSubUnits is false)' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field({ nullable: true, defaultValue: true })
  includeSubUnits: boolean = true;

  @Field(() => ID, { nullable: true, description: 'Current holders of this position' })
  @IsOptional()
  @IsUUID()
  positionId?: string;

  @Field(() => [PositionKind], { nullable: true, description: 'Kind of the current position' })
  positionKinds?: PositionKind[];

  @Field(() => [ID], { nullable: true, description: 'Current rank is one of these' })
  @IsOptional()
  @IsUUID('all', { each: true })
  rankIds?: string[];

  @Field(() => [AsnType], { nullable: true })
  asnTypes?: AsnType[];

  @Field(() => [EmployeeStatus], { nullable: true })
  statuses?: EmployeeStatus[];

  @Field(() => Sex, { nullable: true })
  sex?: Sex;

  @Field(() => DateRange, { nullable: true })
  @IsOptional()
  @ValidateNested()
  birthDate?: DateRange;

  @Field(() => IntRange, { nullable: true, description: 'Age in whole years on the request date' })
  @IsOptional()
  @ValidateNested()
  age?: IntRange;

  @Field(() => DateRange, { nullable: true })
  @IsOptional()
  @ValidateNested()
  tmtCpns?: DateRange;

  @Field(() => DateRange, { nullable: true, description: 'End of the PPPK contract' })
  @IsOptional()
  @ValidateNested()
  contractEndDate?: DateRange;

  @Field({ nullable: true, description: 'Only employees with (true) or without (false) a current placement' })
  placed?: boolean;
}

export enum EmployeeSortField {
  FULL_NAME = 'FULL_NAME',
  NIP = 'NIP',
  BIRTH_DATE = 'BIRTH_DATE',
  TMT_CPNS = 'TMT_CPNS',
  RANK = 'RANK',
  STATUS = 'STATUS',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(EmployeeSortField, { name: 'EmployeeSortField', description: 'RANK sorts by the current rank (highest first when DESC)' });

@InputType()
export class EmployeeSort extends SortInput(EmployeeSortField) {}

@InputType({ description: 'The first rank of a new employee (e.g. CPNS at the starting rank)' })
export class InitialRankInput {
  @Field(() => ID)
  @IsUUID()
  rankId!: string;

  @Field(() => DateOnly)
  tmt!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  decreeNumber?: string;

  @Field(() => DateOnly, { nullable: true })
  decreeDate?: string;
}

@InputType({ description: 'The first placement of a new employee' })
export class InitialPlacementInput {
  @Field(() => ID)
  @IsUUID()
  positionId!: string;

  @Field(() => DateOnly)
  startDate!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  decreeNumber?: string;

  @Field(() => DateOnly, { nullable: true })
  decreeDate?: string;
}

@InputType()
export class CreateEmployeeInput {
  @Field(() => ID, { nullable: true, description: 'Required for a super admin; others write into their own government' })
  @IsOptional()
  @IsUUID()
  governmentId?: string;

  @Field({ description: 'NIP (PNS) or NI PPPK: 18 digits, checked against birth date, sex and TMT CPNS' })
  @Matches(/^\d{18}$/, { message: 'NIP must be exactly 18 digits' })
  nip!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'legacy NIP must be exactly 9 digits' })
  legacyNip?: string;

  @Field(() => AsnType)
  asnType!: AsnType;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 40)
  frontTitle?: string;

  @Field()
  @Length(2, 160)
  @Matches(NAME, { message: 'full name may contain letters, spaces and . , \' - only' })
  fullName!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 80)
  backTitle?: string;

  @Field(() => Sex)
  sex!: Sex;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 80)
  birthPlace?: string;

  @Field(() => DateOnly)
  birthDate!: string;

  @Field({ nullable: true, description: 'NIK, 16 digits (personal data)' })
  @IsOptional()
  @Matches(/^\d{16}$/, { message: 'NIK must be exactly 16 digits' })
  nik?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be digits, optionally starting with +' })
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(160)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(5, 400)
  address?: string;

  @Field(() => EmployeeStatus, { nullable: true, defaultValue: EmployeeStatus.AKTIF })
  status?: EmployeeStatus;

  @Field(() => DateOnly, { nullable: true, description: 'Required for PNS' })
  tmtCpns?: string;

  @Field(() => DateOnly, { nullable: true })
  tmtPns?: string;

  @Field(() => DateOnly, { nullable: true, description: 'PPPK only' })
  contractStartDate?: string;

  @Field(() => DateOnly, { nullable: true, description: 'PPPK only' })
  contractEndDate?: string;

  @Field(() => InitialRankInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  initialRank?: InitialRankInput;

  @Field(() => InitialPlacementInput, { nullable: true, description: 'Required for a unit admin (the employee must land in their unit)' })
  @IsOptional()
  @ValidateNested()
  initialPlacement?: InitialPlacementInput;
}

@InputType()
export class UpdateEmployeeInput {
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{18}$/, { message: 'NIP must be exactly 18 digits' })
  nip?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'legacy NIP must be exactly 9 digits' })
  legacyNip?: string | null;

  @Field(() => AsnType, { nullable: true })
  asnType?: AsnType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  frontTitle?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 160)
  @Matches(NAME, { message: 'full name may contain letters, spaces and . , \' - only' })
  fullName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 80)
  backTitle?: string | null;

  @Field(() => Sex, { nullable: true })
  sex?: Sex;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 80)
  birthPlace?: string | null;

  @Field(() => DateOnly, { nullable: true })
  birthDate?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{16}$/, { message: 'NIK must be exactly 16 digits' })
  nik?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be digits, optionally starting with +' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(160)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(5, 400)
  address?: string | null;

  @Field(() => EmployeeStatus, { nullable: true })
  status?: EmployeeStatus;

  @Field(() => DateOnly, { nullable: true })
  tmtCpns?: string | null;

  @Field(() => DateOnly, { nullable: true })
  tmtPns?: string | null;

  @Field(() => DateOnly, { nullable: true })
  contractStartDate?: string | null;

  @Field(() => DateOnly, { nullable: true })
  contractEndDate?: string | null;
}

// ---- histories ----------------------------------------------------------------------------

@InputType()
export class AddRankHistoryInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field(() => ID)
  @IsUUID()
  rankId!: string;

  @Field(() => DateOnly, { description: 'TMT of the rank' })
  tmt!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  decreeNumber?: string;

  @Field(() => DateOnly, { nullable: true })
  decreeDate?: string;
}

@InputType()
export class UpdateRankHistoryInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  rankId?: string;

  @Field(() => DateOnly, { nullable: true })
  tmt?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  decreeNumber?: string | null;

  @Field(() => DateOnly, { nullable: true })
  decreeDate?: string | null;
}

@InputType()
export class AddPositionHistoryInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field(() => ID)
  @IsUUID()
  positionId!: string;

  @Field(() => DateOnly)
  startDate!: string;

  @Field(() => DateOnly, { nullable: true, description: 'Leave empty while the position is held' })
  endDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  decreeNumber?: string;

  @Field(() => DateOnly, { nullable: true })
  decreeDate?: string;

  @Field({ nullable: true, defaultValue: false, description: 'Mutasi: end the open placement the day before this one starts' })
  closePrevious: boolean = false;
}

@InputType()
export class UpdatePositionHistoryInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  positionId?: string;

  @Field(() => DateOnly, { nullable: true })
  startDate?: string;

  @Field(() => DateOnly, { nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  decreeNumber?: string | null;

  @Field(() => DateOnly, { nullable: true })
  decreeDate?: string | null;
}

@InputType()
export class AddEducationHistoryInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field(() => ID)
  @IsUUID()
  levelId!: string;

  @Field()
  @Length(2, 200)
  institution!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200)
  major?: string;

  @Field(() => Int)
  @IsInt()
  @Min(1940)
  @Max(2100)
  graduationYear!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  diplomaNumber?: string;
}

@InputType()
export class UpdateEducationHistoryInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  levelId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200)
  institution?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  major?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1940)
  @Max(2100)
  graduationYear?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  diplomaNumber?: string | null;
}
