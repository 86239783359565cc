import { ArrayMaxSize, IsEmail, IsInt, IsOptional, IsUUID, Length, MaxLength, ValidateBy } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Role } from '../../shared/auth.ts';
import { MAX_PAGE_SIZE, SortInput } from '../../shared/list.ts';

/** The password policy: 10 to 200 characters, with at least a letter and a digit. */
export function isStrongPassword(password: string): boolean {
  return password.length >= 10 && password.length <= 200 && /[A-Za-z]/.test(password) && /\d/.test(password);
}

/** Checks the policy with the other input formats, so every field problem is reported at once. */
function IsPassword() {
  return ValidateBy({
    name: 'password',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isStrongPassword(value),
      defaultMessage: () => 'password must have 10 to 200 characters, with letters and digits',
    },
  });
}

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Free text: e-mail or name' })
  @IsOptional()
  @MaxLength(100)
  q?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  governmentId?: string;

  @Field(() => [Role], { nullable: true })
  roles?: Role[];

  @Field({ nullable: true })
  active?: boolean;

  @Field(() => ID, { nullable: true, description: 'Unit admins of this unit' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => [ID], { nullable: true, description: 'Only these accounts' })
  @IsOptional()
  @ArrayMaxSize(MAX_PAGE_SIZE)
  @IsUUID('all', { each: true })
  ids?: string[];
}

export enum UserSortField {
  EMAIL = 'EMAIL',
  DISPLAY_NAME = 'DISPLAY_NAME',
  ROLE = 'ROLE',
  ACTIVE = 'ACTIVE',
  LAST_LOGIN_AT = 'LAST_LOGIN_AT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(UserSortField, { name: 'UserSortField' });

@InputType()
export class UserSort extends SortInput(UserSortField) {}

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(160)
  email!: string;

  @Field()
  @Length(2, 160)
  displayName!: string;

  @Field()
  @IsPassword()
  password!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  governmentId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for UNIT_ADMIN' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for EMPLOYEE' })
  @IsOptional()
  @IsUUID()
  employeeId?: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 160)
  displayName?: string;

  @Field({ nullable: true, description: 'Set a new password' })
  @IsOptional()
  @IsPassword()
  password?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field({ nullable: true })
  active?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  governmentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  employeeId?: string | null;
}
