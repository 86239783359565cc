import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { CommonErrors } from '../../shared/errors.ts';
import { editReference } from '../../shared/resolve.ts';
import { EducationLevel, Rank } from '../reference/index.ts';
import { AppointmentRequirement, CreditPointRequirement, RetirementAge } from './promotion.entity.ts';
import { PromotionErrors } from './promotion.errors.ts';

const KINDS = /^(\*|JPT_UTAMA|JPT_MADYA|JPT_PRATAMA|ADMINISTRATOR|PENGAWAS|PELAKSANA|FUNGSIONAL(:(\*|PEMULA|TERAMPIL|MAHIR|PENYELIA|AHLI_PERTAMA|AHLI_MUDA|AHLI_MADYA|AHLI_UTAMA))?)$/;

function checkKinds(field: string, kinds: string[]): string[] {
  const bad = kinds.filter((k) => !KINDS.test(k));
  if (bad.length) throw PromotionErrors.input(field, 'INVALID_KIND', `${field}: unknown kind ${bad.join(', ')} (use e.g. PENGAWAS, FUNGSIONAL:AHLI_MUDA, FUNGSIONAL:* or *)`);
  return [...new Set(kinds)];
}

function checkInt(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw CommonErrors.input(field, 'OUT_OF_RANGE', `${field}: a whole number from ${min} to ${max}`);
  return value;
}

/** The configurable parts of §3, §8 and §11: read by every signed-in user, changed by a super admin (national). */
@Resolver()
export class PromotionReferenceResolver {
  @Authorized()
  @Query(() => [CreditPointRequirement], { description: 'Credit points required per functional level and rank step (editable)' })
  creditPointRequirements(@Ctx() ctx: Context) {
    return ctx.em.createQueryBuilder(CreditPointRequirement).select('*').orderBy({ functionalLevel: 'asc', requiredPoints: 'asc' }).execute('all', true);
  }

  @Authorized()
  @Query(() => [AppointmentRequirement], { description: 'Requirements of appointment by kind of position (editable)' })
  appointmentRequirements(@Ctx() ctx: Context) {
    return ctx.em.createQueryBuilder(AppointmentRequirement).select('*').orderBy({ positionKind: 'asc' }).execute('all', true);
  }

  @Authorized()
  @Query(() => [RetirementAge], { description: 'Retirement ages by kind and functional level (editable)' })
  retirementAges(@Ctx() ctx: Context) {
    return ctx.em.createQueryBuilder(RetirementAge).select('*').orderBy({ positionKind: 'asc', functionalLevel: 'asc' }).execute('all', true);
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => CreditPointRequirement)
  updateCreditPointRequirement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('requiredPoints', () => Float) requiredPoints: number) {
    return editReference(ctx, CreditPointRequirement, 'CreditPointRequirement', id, version, (row) => {
      if (!(requiredPoints > 0 && requiredPoints <= 2000)) throw CommonErrors.input('requiredPoints', 'OUT_OF_RANGE', 'requiredPoints: more than 0, at most 2000');
      row.requiredPoints = requiredPoints;
    });
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => AppointmentRequirement)
  async updateAppointmentRequirement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('minEducationId', () => ID, { nullable: true }) minEducationId?: string,
    @Arg('experienceYears', () => Int, { nullable: true }) experienceYears?: number,
    @Arg('experienceKinds', () => [String], { nullable: true }) experienceKinds?: string[],
    @Arg('priorKinds', () => [String], { nullable: true }) priorKinds?: string[],
    @Arg('priorYears', () => Int, { nullable: true }) priorYears?: number,
    @Arg('maxAge', () => Int, { nullable: true, description: '0 removes the age limit' }) maxAge?: number,
    @Arg('performanceYears', () => Int, { nullable: true }) performanceYears?: number,
  ) {
    const level = minEducationId ? await ctx.loaders.byId(EducationLevel).load(minEducationId) : null;
    if (minEducationId && !level) throw CommonErrors.input('minEducationId', 'NOT_FOUND', `minEducationId: education level ${minEducationId} not found`);
    return editReference(ctx, AppointmentRequirement, 'AppointmentRequirement', id, version, (row) => {
      if (level) row.minEducation = ctx.em.getReference(EducationLevel, level.id, { wrapped: true });
      if (experienceYears !== undefined) row.experienceYears = checkInt('experienceYears', experienceYears, 0, 40);
      if (experienceKinds !== undefined) row.experienceKinds = checkKinds('experienceKinds', experienceKinds);
      if (priorKinds !== undefined) row.priorKinds = checkKinds('priorKinds', priorKinds);
      if (priorYears !== undefined) row.priorYears = checkInt('priorYears', priorYears, 0, 40);
      if (maxAge !== undefined) row.maxAge = maxAge === 0 ? null : checkInt('maxAge', maxAge, 18, 70);
      if (performanceYears !== undefined) row.performanceYears = checkInt('performanceYears', performanceYears, 0, 5);
    });
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => RetirementAge)
  updateRetirementAge(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('age', () => Int) age: number) {
    return editReference(ctx, RetirementAge, 'RetirementAge', id, version, (row) => {
      row.age = checkInt('age', age, 50, 70);
    });
  }
}

@Resolver(() => CreditPointRequirement)
export class CreditPointRequirementResolver {
  @FieldResolver(() => Rank)
  fromRank(@Root() row: CreditPointRequirement, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Rank).load(refId(row.fromRank)!);
  }

  @FieldResolver(() => Rank)
  toRank(@Root() row: CreditPointRequirement, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Rank).load(refId(row.toRank)!);
  }
}

@Resolver(() => AppointmentRequirement)
export class AppointmentRequirementResolver {
  @FieldResolver(() => EducationLevel, { nullable: true })
  minEducation(@Root() row: AppointmentRequirement, @Ctx() ctx: Context) {
    const id = refId(row.minEducation ?? null);
    return id ? ctx.loaders.byId(EducationLevel).load(id) : null;
  }
}
