import { IsInt, IsOptional, Length } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { referenceTable, updateReference } from '../../shared/reference.ts';
import { assignGiven } from '../../shared/resolve.ts';
import { EducationLevel } from './education-level.entity.ts';
import { Rank } from './rank.entity.ts';
import { RankScheme } from './reference.enums.ts';
import { ReferenceErrors } from './reference.errors.ts';
import { OptionalId } from '../../shared/inputs.ts';

@InputType({ description: 'Configurable rank rules of a diploma level (ASN-RULES §2-§3)' })
export class UpdateEducationLevelInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 80)
  name?: string;

  @OptionalId()
  pnsRankCeilingId?: string;

  @OptionalId()
  pnsStartingRankId?: string | null;

  @OptionalId()
  pppkEntryRankId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 300)
  legalBasis?: string;
}

/** Education levels: a national reference table (their rank rules are configurable). */
export const EDUCATION_LEVELS = referenceTable({ name: 'EducationLevel', module: 'reference', query: 'educationLevels', entity: EducationLevel });

/** National reference data: ranks (fixed by law) and education levels (configurable rules). */
@Resolver(() => EducationLevel)
export class ReferenceResolver {
  @Authorized()
  @Query(() => [Rank], { description: 'Ranks in their total order (I/a first; PPPK I first)' })
  async ranks(@Ctx() ctx: Context, @Arg('scheme', () => RankScheme, { nullable: true }) scheme?: RankScheme): Promise<Rank[]> {
    const qb = ctx.em.createQueryBuilder(Rank).select('*').orderBy([{ scheme: 'asc' }, { ordinal: 'asc' }]);
    if (scheme) qb.where({ scheme });
    return qb.execute('all', true);
  }

  @Authorized()
  @Query(() => [EducationLevel], { description: 'Education levels, lowest first, with their rank rules' })
  async educationLevels(@Ctx() ctx: Context): Promise<EducationLevel[]> {
    return ctx.em.createQueryBuilder(EducationLevel).select('*').orderBy({ ordinal: 'asc' }).execute('all', true);
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => EducationLevel, { description: 'Edit the configurable rank rules of a diploma level' })
  async updateEducationLevel(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateEducationLevelInput) input: UpdateEducationLevelInput) {
    const em = ctx.em;
    return updateReference(ctx, EDUCATION_LEVELS, id, input.version, async (level) => {
      assignGiven(level, input, ['name', 'legalBasis']);
      const setRank = async (field: 'pnsRankCeilingId' | 'pnsStartingRankId' | 'pppkEntryRankId', scheme: RankScheme, apply: (r: Rank | null) => void) => {
        const value = input[field];
        if (value === undefined) return;
        if (value === null) return apply(null);
        const rank = await em.findOne(Rank, value);
        if (!rank) throw new NotFoundError('Rank', value, field);
        if (rank.scheme !== scheme) throw ReferenceErrors.input(field, 'WRONG_SCHEME', `${field}: must be a ${scheme} rank`);
        apply(rank);
      };
      await setRank('pnsRankCeilingId', RankScheme.PNS, (r) => {
        if (!r) throw CommonErrors.input('pnsRankCeilingId', 'REQUIRED', 'pnsRankCeilingId: a ceiling is required');
        level.pnsRankCeiling = em.getReference(Rank, r.id, { wrapped: true });
      });
      await setRank('pnsStartingRankId', RankScheme.PNS, (r) => (level.pnsStartingRank = r ? em.getReference(Rank, r.id, { wrapped: true }) : null));
      await setRank('pppkEntryRankId', RankScheme.PPPK, (r) => (level.pppkEntryRank = r ? em.getReference(Rank, r.id, { wrapped: true }) : null));
    });
  }

  @FieldResolver(() => Rank, { description: 'Highest PNS rank reachable by regular promotion with this diploma' })
  pnsRankCeiling(@Parent() level: EducationLevel, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Rank).load(refId(level.pnsRankCeiling)!);
  }

  @FieldResolver(() => Rank, { nullable: true, description: 'Starting rank of a new PNS with this diploma' })
  pnsStartingRank(@Parent() level: EducationLevel, @Ctx() ctx: Context) {
    const id = refId(level.pnsStartingRank);
    return id ? ctx.loaders.byId(Rank).load(id) : null;
  }

  @FieldResolver(() => Rank, { nullable: true, description: 'Entry golongan of a PPPK with this diploma' })
  pppkEntryRank(@Parent() level: EducationLevel, @Ctx() ctx: Context) {
    const id = refId(level.pppkEntryRank);
    return id ? ctx.loaders.byId(Rank).load(id) : null;
  }
}
