import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { OptionalId, ScopedFilter, WritableGovernmentId } from '../../shared/inputs.ts';
import { ApiKeyStatus, ApiKeyView } from './apikey.entity.ts';

/** Defaults of a new key's rate: 600 requests a minute (a dashboard refreshing a few charts). */
export const DEFAULT_KEY_RATE = { max: 600, windowSeconds: 60 };
/** Operations registered in one call (a dashboard's manifest). */
export const MAX_OPERATIONS_PER_CALL = 500;
/** Longest registered document, in characters. */
export const MAX_DOCUMENT_LENGTH = 20_000;

@InputType()
export class ApiKeyFilter extends ScopedFilter {
  @Field({ nullable: true, description: 'Free text: the key\'s name or prefix' })
  @IsOptional()
  @MaxLength(100)
  q?: string;

  @Field(() => ApiKeyStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ApiKeyStatus)
  status?: ApiKeyStatus;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for' })
  @Length(1, 120)
  name!: string;

  @WritableGovernmentId()
  governmentId?: string;

  @OptionalId('A unit: the key sees only that unit and its sub-units')
  unitId?: string;

  @Field(() => ApiKeyView, { defaultValue: ApiKeyView.MASKED })
  @IsEnum(ApiKeyView)
  view: ApiKeyView = ApiKeyView.MASKED;

  @Field({ defaultValue: false, description: 'Only the operations registered for the key may run' })
  trustedOperationsOnly: boolean = false;

  @Field(() => Int, { defaultValue: DEFAULT_KEY_RATE.max, description: 'Requests allowed per window, 1 to 100000' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  rateLimitMax: number = DEFAULT_KEY_RATE.max;

  @Field(() => Int, { defaultValue: DEFAULT_KEY_RATE.windowSeconds, description: 'The window, 1 to 86400 seconds' })
  @IsInt()
  @Min(1)
  @Max(86_400)
  rateLimitWindowSeconds: number = DEFAULT_KEY_RATE.windowSeconds;

  @Field(() => Date, { nullable: true, description: 'When the key stops working (none: until revoked)' })
  @IsOptional()
  expiresAt?: Date;
}

@InputType({ description: 'One trusted document: its SHA-256 (as the client sends it) and its text' })
export class ApiKeyOperationInput {
  @Field({ nullable: true, description: 'SHA-256 (hex) of the document; computed when left out, refused when it does not match' })
  @IsOptional()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'sha256 must be 64 hexadecimal digits' })
  sha256?: string;

  @Field()
  @IsString()
  @Length(1, MAX_DOCUMENT_LENGTH)
  document!: string;
}

@InputType()
export class RegisterApiKeyOperationsInput {
  @Field(() => [ApiKeyOperationInput], { description: `A manifest's entries (graphql-codegen persisted documents: { "<sha256>": "<document>" }), at most ${MAX_OPERATIONS_PER_CALL}` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_OPERATIONS_PER_CALL)
  @ValidateNested({ each: true })
  operations!: ApiKeyOperationInput[];
}
