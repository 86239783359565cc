import { IsInt, IsOptional, Length } from 'class-validator';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { Setting } from './setting.entity.ts';
import { SettingsService } from './settings.service.ts';
import { OptionalId } from '../../shared/inputs.ts';

@ObjectType({ description: 'A rule value in effect for a government' })
export class EffectiveSettingType {
  @Field()
  key!: string;

  @Field(() => Float)
  value!: number;

  @Field({ description: 'True when the government overrides the national default' })
  overridden!: boolean;

  @Field(() => Setting)
  setting!: Setting;
}

@InputType()
export class SetSettingInput {
  @Field()
  @Length(1, 80)
  key!: string;

  @Field(() => Float)
  value!: number;

  @OptionalId('Override for this government; empty: the national default (super admin)')
  governmentId?: string;

  @Field(() => Int, { nullable: true, description: 'Version of the row being changed, when it exists' })
  @IsOptional()
  @IsInt()
  version?: number;
}

@Resolver()
export class SettingsResolver {
  @Authorized()
  @Query(() => [EffectiveSettingType], { description: 'Configurable rule values in effect (for a government, or the national defaults)' })
  settings(@Ctx() ctx: Context, @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string) {
    return new SettingsService(ctx).list(governmentId ?? null);
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Mutation(() => EffectiveSettingType)
  setSetting(@Ctx() ctx: Context, @Arg('input', () => SetSettingInput) input: SetSettingInput) {
    return new SettingsService(ctx).set(input.key, input.value, input.governmentId ?? null, input.version ?? null);
  }
}
