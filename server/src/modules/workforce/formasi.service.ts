// Formasi proposals (usulan kebutuhan): drafted from the five-year plan, edited and submitted by
// the government admin, approved into the positions' formasi (planned headcount, audited).
import DataLoader from 'dataloader';
import { countOf } from '../../shared/list.ts';
import type { Context } from '../../context.ts';
import { refId } from '../../shared/base.entity.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { groupBy } from '../../shared/loaders.ts';
import type { Page } from '../../shared/list.ts';
import { checkVersion, viewerOf } from '../../shared/resolve.ts';
import { canSeeGovernment, governmentScope, writableGovernment } from '../../shared/scope.ts';
import { query, sql } from '../../shared/sql.ts';
import { User } from '../auth/index.ts';
import { Position } from '../position/index.ts';
import { EducationLevel } from '../reference/index.ts';
import { bezettingLoader } from './analysis.service.ts';
import { FormasiProposal, FormasiProposalLine } from './formasi.entity.ts';
import { NeedsService } from './needs.service.ts';
import { assertApprover, likePrefix, reportScope, visiblePosition } from './workforce.access.ts';
import { FormasiKind, FormasiStatus } from './workforce.enums.ts';
import { WorkforceErrors } from './workforce.errors.ts';
import type { CreateFormasiProposalInput, FormasiLineInput, FormasiProposalFilter, FormasiTransitionInput, SetFormasiLinesInput } from './formasi.inputs.ts';
import { formasiAfterApproval, formasiTransition } from './workflow.rules.ts';
import type { ApprovedFormasi } from './plan.types.ts';

export type ProposalRow = Omit<FormasiProposal, 'government' | 'submittedBy' | 'approvedBy'> & { government: string; submittedBy: string | null; approvedBy: string | null };
export type LineRow = Omit<FormasiProposalLine, 'government' | 'proposal' | 'position' | 'education'> & { government: string; proposal: string; position: string; education: string | null };

export const linesLoader = (ctx: Context) =>
  ctx.loaders.get('workforce.formasiLines', (em) =>
    new DataLoader<string, LineRow[]>(async (ids) => {
      const rows = (await em.createQueryBuilder(FormasiProposalLine, 'l').select('l.*').join('l.position', 'p').where({ proposal: { $in: [...ids] } }).orderBy([{ 'p.title': 'asc' }, { id: 'asc' }]).execute('all', true)) as unknown as LineRow[];
      return groupBy(ids, rows, (r) => r.proposal);
    }),
  );

export class FormasiService {
  constructor(private readonly ctx: Context) {}

  async list(filter: FormasiProposalFilter | undefined, limit: number, offset: number): Promise<Page<ProposalRow>> {
    const qb = this.ctx.em.createQueryBuilder(FormasiProposal, 'f');
    const gov = governmentScope(viewerOf(this.ctx));
    if (gov) qb.andWhere({ government: gov });
    if (filter?.governmentId) qb.andWhere({ government: filter.governmentId });
    if (filter?.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter?.year) qb.andWhere({ year: filter.year });
    if (filter?.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
    const total = await countOf(qb);
    const items = (await qb.select('*').orderBy([{ year: 'desc' }, { id: 'asc' }]).limit(limit, offset).execute('all', true)) as unknown as ProposalRow[];
    return { items, total, limit, offset };
  }

  async get(id: string, field = 'id'): Promise<ProposalRow> {
    const row = (await this.ctx.loaders.byId(FormasiProposal).load(id)) as unknown as ProposalRow | null;
    if (!row || !canSeeGovernment(viewerOf(this.ctx), refId(row.government)!)) throw new NotFoundError('FormasiProposal', id, field);
    return row;
  }

  async create(input: CreateFormasiProposalInput): Promise<FormasiProposal> {
    assertApprover(this.ctx);
    const viewer = viewerOf(this.ctx);
    const governmentId = writableGovernment(viewer, input.governmentId);
    const em = this.ctx.em;
    if (await em.count(FormasiProposal, { government: governmentId, year: input.year })) {
      throw WorkforceErrors.conflict('FORMASI_EXISTS', `year: the ${input.year} proposal of this government exists; edit it`, { year: input.year });
    }
    const lines = input.fromPlan ? await this.linesFromPlan(governmentId, input.year) : [];
    const proposal = em.create(FormasiProposal, { government: governmentId, year: input.year, status: FormasiStatus.DRAFT, notes: input.notes ?? null });
    for (const l of lines) em.create(FormasiProposalLine, { government: governmentId, proposal, position: l.positionId, count: l.count, kind: l.kind, education: l.educationId ?? null, major: null, justification: null });
    await em.flush();
    return proposal;
  }

  /** Replaces the lines of a draft; a count over the plan for the year needs a justification. */
  async setLines(id: string, input: SetFormasiLinesInput): Promise<FormasiProposal> {
    assertApprover(this.ctx);
    const em = this.ctx.em;
    const proposal = await this.draft(id);
    checkVersion('FormasiProposal', proposal, input.version);
    const governmentId = proposal.government.id;
    const seen = new Set<string>();
    for (const [i, l] of input.lines.entries()) {
      const field = `lines.${i}.positionId`;
      const { position } = await visiblePosition(this.ctx, l.positionId, field);
      if (refId(position.government as never) !== governmentId) throw CommonErrors.forbidden('OTHER_GOVERNMENT', `${field}: the position belongs to another government`, field);
      const key = `${l.positionId}|${l.kind}`;
      if (seen.has(key)) throw WorkforceErrors.input(field, 'FORMASI_DUPLICATE_LINE', `${field}: the position is listed twice for ${l.kind}`);
      seen.add(key);
      if (l.educationId && !(await this.ctx.loaders.byId(EducationLevel).load(l.educationId))) throw new NotFoundError('EducationLevel', l.educationId, `lines.${i}.educationId`);
    }
    await this.checkAgainstPlan(governmentId, proposal.year, input.lines);
    await em.transactional(async (tx) => {
      const old = await tx.find(FormasiProposalLine, { proposal: proposal.id });
      for (const o of old) tx.remove(o);
      await tx.flush();
      for (const l of input.lines) {
        tx.create(FormasiProposalLine, { government: governmentId, proposal: proposal.id, position: l.positionId, count: l.count, kind: l.kind, education: l.educationId ?? null, major: l.major ?? null, justification: l.justification ?? null });
      }
      if (input.notes !== undefined) proposal.notes = input.notes;
      proposal.updatedAt = new Date();
      await tx.flush();
    });
    this.ctx.loaders.clear();
    return proposal;
  }

  async transition(id: string, input: FormasiTransitionInput): Promise<FormasiProposal> {
    assertApprover(this.ctx);
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    await this.get(id);
    const proposal = await em.findOneOrFail(FormasiProposal, id);
    checkVersion('FormasiProposal', proposal, input.version);
    const step = formasiTransition(proposal.status, input.action, viewer.role);
    if (!step.ok) {
      if (step.reason === 'ROLE') throw CommonErrors.forbidden('ROLE', `action: your role may not ${input.action} a proposal`, 'action');
      if (step.reason === 'ALREADY_APPROVED') throw WorkforceErrors.conflict('ALREADY_APPROVED', 'The proposal is already approved', { status: proposal.status });
      throw WorkforceErrors.conflict('TRANSITION_NOT_ALLOWED', `action: a proposal that is ${proposal.status} can ${step.allowed.length ? `only ${step.allowed.join(' or ')}` : 'no longer change'}`, { from: proposal.status, action: input.action, allowed: step.allowed });
    }
    const lines = await em.find(FormasiProposalLine, { proposal: proposal.id });
    if (step.to === FormasiStatus.SUBMITTED && !lines.length) throw WorkforceErrors.input('lines', 'FORMASI_EMPTY', 'lines: a proposal needs at least one line before it is submitted');
    const me = em.getReference(User, viewer.userId, { wrapped: true });
    await em.transactional(async () => {
      if (step.to === FormasiStatus.APPROVED) {
        // The approved counts become each position's formasi: at least its holders plus the recruits.
        const positions = await em.find(Position, { id: { $in: [...new Set(lines.map((l) => l.position.id))] } });
        const holders = await bezettingLoader(this.ctx).loadMany(positions.map((p) => p.id));
        positions.forEach((p, i) => {
          const mine = lines.filter((l) => l.position.id === p.id);
          const before = p.plannedHeadcount;
          p.plannedHeadcount = formasiAfterApproval(before, Number(holders[i]), mine.reduce((s, l) => s + l.count, 0));
          for (const l of mine) {
            l.formasiBefore = before;
            l.formasiAfter = p.plannedHeadcount;
          }
        });
        proposal.approvedBy = me;
        proposal.approvedAt = new Date();
      }
      if (step.to === FormasiStatus.SUBMITTED) {
        proposal.submittedBy = me;
        proposal.submittedAt = new Date();
      }
      proposal.status = step.to;
      await em.flush();
    });
    this.ctx.loaders.clear();
    return proposal;
  }

  async delete(id: string, version: number): Promise<boolean> {
    assertApprover(this.ctx);
    const proposal = await this.draft(id);
    checkVersion('FormasiProposal', proposal, version);
    this.ctx.em.remove(proposal);
    await this.ctx.em.flush();
    return true;
  }

  /** Approved lines of a year: what the recruitment module opens vacancies from. */
  async approved(args: { unitId?: string | null; governmentId?: string | null }, year: number, limit: number, offset: number): Promise<Page<ApprovedFormasi>> {
    const scope = await reportScope(this.ctx, args);
    const rows = await query<ApprovedFormasi & { total: string }>(
      this.ctx.em,
      sql`select l.id as "lineId", f.id as "proposalId", f.year, p.id as "positionId", p.title as "positionTitle", u.id as "unitId", u.name as "unitName",
                 l.count, l.kind, l.education_id as "educationId", el.code as "educationCode", l.major, l.justification, f.approved_at as "approvedAt", count(*) over () as total
            from formasi_proposal_line l join formasi_proposal f on f.id = l.proposal_id join position p on p.id = l.position_id join org_unit u on u.id = p.unit_id
            left join education_level el on el.id = l.education_id
           where f.government_id = ${scope.governmentId} and f.year = ${year} and f.status = 'APPROVED' and u.path like ${likePrefix(scope.prefix)}
           order by u.path, p.title, l.kind, l.id limit ${limit} offset ${offset}`,
    );
    return { items: rows.map(({ total: _t, ...r }) => r), total: Number(rows[0]?.total ?? 0), limit, offset };
  }

  private async draft(id: string): Promise<FormasiProposal> {
    await this.get(id);
    const proposal = await this.ctx.em.findOneOrFail(FormasiProposal, id);
    if (proposal.status !== FormasiStatus.DRAFT) throw WorkforceErrors.conflict('FORMASI_NOT_DRAFT', `The proposal is ${proposal.status}: return it to draft first`, { status: proposal.status });
    return proposal;
  }

  /** Recruits per position in the plan's year (the plan starts this year). */
  private async planned(governmentId: string, year: number): Promise<Map<string, number>> {
    const currentYear = Number(this.ctx.today.slice(0, 4));
    if (year < currentYear || year > currentYear + 4) throw WorkforceErrors.input('year', 'PLAN_YEAR_RANGE', `year: the plan covers ${currentYear} to ${currentYear + 4}`, { min: currentYear, max: currentYear + 4 });
    const plan = await new NeedsService(this.ctx).plan({ governmentId }, currentYear, undefined, { limit: 0, offset: null });
    return new Map(plan.rows.items.map((r) => [r.positionId, r.years.find((y) => y.year === year)?.recruit ?? 0]));
  }

  private async linesFromPlan(governmentId: string, year: number): Promise<FormasiLineInput[]> {
    const planned = await this.planned(governmentId, year);
    const ids = [...planned].filter(([, n]) => n > 0).map(([id]) => id);
    const positions = await this.ctx.loaders.byId(Position).loadMany(ids);
    return ids.map((positionId, i) => {
      const p = positions[i] as Position | null;
      return { positionId, count: planned.get(positionId)!, kind: FormasiKind.CPNS, educationId: refId(p?.minEducation as never) ?? undefined };
    });
  }

  private async checkAgainstPlan(governmentId: string, year: number, lines: FormasiLineInput[]): Promise<void> {
    const planned = await this.planned(governmentId, year);
    const asked = new Map<string, number>();
    for (const l of lines) asked.set(l.positionId, (asked.get(l.positionId) ?? 0) + l.count);
    for (const [i, l] of lines.entries()) {
      const plan = planned.get(l.positionId) ?? 0;
      if (asked.get(l.positionId)! > plan && !l.justification?.trim()) {
        throw WorkforceErrors.input(`lines.${i}.justification`, 'FORMASI_OVER_PLAN', `lines.${i}.justification: ${asked.get(l.positionId)} asked against ${plan} in the plan for ${year}; say why`, { asked: asked.get(l.positionId), planned: plan, year });
      }
    }
  }
}
