import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs, PageType } from '../../shared/list.ts';
import { User } from '../auth/index.ts';
import { Position } from '../position/index.ts';
import { EducationLevel } from '../reference/index.ts';
import { FormasiProposal, FormasiProposalLine } from './formasi.entity.ts';
import { FormasiService, linesLoader, type LineRow, type ProposalRow } from './formasi.service.ts';
import { CreateFormasiProposalInput, FormasiProposalFilter, FormasiTransitionInput, SetFormasiLinesInput } from './formasi.inputs.ts';
import { ApprovedFormasiPage } from './plan.types.ts';

@ObjectType()
export class FormasiProposalPage extends PageType(FormasiProposal) {}

const READERS = [Role.SUPER_ADMIN, Role.GOV_ADMIN, Role.ANALYST] as const;
const EDITORS = [Role.SUPER_ADMIN, Role.GOV_ADMIN] as const;

@Resolver(() => FormasiProposal)
export class FormasiProposalResolver {
  @Authorized(...READERS)
  @Query(() => FormasiProposalPage, { description: 'Formasi proposals (usulan kebutuhan), latest year first' })
  formasiProposals(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => FormasiProposalFilter, { nullable: true }) filter?: FormasiProposalFilter) {
    return new FormasiService(ctx).list(filter, page.limit, page.offset);
  }

  @Authorized(...READERS)
  @Query(() => FormasiProposal)
  formasiProposal(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new FormasiService(ctx).get(id);
  }

  @Authorized(...READERS, Role.UNIT_ADMIN)
  @Query(() => ApprovedFormasiPage, { description: 'Approved formasi of a year per position: what recruitment opens vacancies from' })
  approvedFormasi(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Args() page: PageArgs,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string,
  ) {
    return new FormasiService(ctx).approved({ unitId, governmentId }, year, page.limit, page.offset);
  }

  @Authorized(...EDITORS)
  @Mutation(() => FormasiProposal, { description: "A draft proposal for a year, its lines from the five-year plan's recruits" })
  createFormasiProposal(@Ctx() ctx: Context, @Arg('input', () => CreateFormasiProposalInput) input: CreateFormasiProposalInput) {
    return new FormasiService(ctx).create(input);
  }

  @Authorized(...EDITORS)
  @Mutation(() => FormasiProposal, { description: 'Replaces the lines of a draft proposal' })
  setFormasiProposalLines(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => SetFormasiLinesInput) input: SetFormasiLinesInput) {
    return new FormasiService(ctx).setLines(id, input);
  }

  @Authorized(...EDITORS)
  @Mutation(() => FormasiProposal, { description: 'SUBMIT, APPROVE (sets the positions\' formasi) or RETURN' })
  transitionFormasiProposal(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => FormasiTransitionInput) input: FormasiTransitionInput) {
    return new FormasiService(ctx).transition(id, input);
  }

  @Authorized(...EDITORS)
  @Mutation(() => Boolean)
  deleteFormasiProposal(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new FormasiService(ctx).delete(id, version);
  }

  @FieldResolver(() => [FormasiProposalLine])
  lines(@Parent() p: ProposalRow, @Ctx() ctx: Context) {
    return linesLoader(ctx).load(p.id);
  }

  @FieldResolver(() => String, { nullable: true })
  async approvedByName(@Parent() p: ProposalRow, @Ctx() ctx: Context) {
    const id = refId(p.approvedBy);
    return id ? ((await ctx.loaders.byId(User).load(id))?.displayName ?? null) : null;
  }
}

@Resolver(() => FormasiProposalLine)
export class FormasiLineResolver {
  @FieldResolver(() => Position)
  position(@Parent() l: LineRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Position).load(refId(l.position)!);
  }

  @FieldResolver(() => EducationLevel, { nullable: true })
  education(@Parent() l: LineRow, @Ctx() ctx: Context) {
    const id = refId(l.education);
    return id ? ctx.loaders.byId(EducationLevel).load(id) : null;
  }
}
