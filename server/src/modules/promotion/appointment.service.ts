// Candidates for a position (open-selection shortlist): requirements of §8 and the merit score,
// set-based over a government or unit (appointment.sql.ts), explained by the pure rule.
import type { Context } from '../../context.ts';
import { refId } from '../../shared/base.entity.ts';
import type { Page } from '../../shared/list.ts';
import { query, sql } from '../../shared/sql.ts';
import { InputError } from '../../shared/errors.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { EmployeeErrors, ageBand, masksPersonalData } from '../employee/index.ts';
import type { Predikat } from '../performance/index.ts';
import { Position, PositionService } from '../position/index.ts';
import { EducationLevel, Rank } from '../reference/index.ts';
import { SettingsService } from '../settings/index.ts';
import { SUCCESSION_BOXES } from '../talent/index.ts';
import { assessCandidate, type AppointmentRule, type CandidateAssessment, type CandidateFacts, type EducationRef, type MeritWeights, type TargetPosition } from './appointment.rules.ts';
import { candidatesSql } from './appointment.sql.ts';
import { employeesInScope, type ScopeArgs } from './scope.ts';

export interface CandidateRow {
  employee_id: string;
  full_name: string;
  asn_type: string;
  age: number;
  edu_code: string | null;
  edu_name: string | null;
  edu_ordinal: number | null;
  service_months: number;
  experience_months: number;
  prior_months: number;
  rank_code: string | null;
  rank_ordinal: number | null;
  rank_scheme: string | null;
  max_rank_ordinal: number;
  predikat: { year: number; predikat: Predikat | null }[];
  jpm: number | null;
  box: number | null;
  pns_ok: boolean;
  edu_ok: boolean;
  exp_ok: boolean;
  prior_ok: boolean;
  age_ok: boolean;
  rank_ok: boolean;
  perf_ok: boolean;
  qualified: boolean;
  score: number;
  n_qualified?: string;
  n_not_qualified?: string;
}

export interface Candidate extends CandidateAssessment {
  facts: CandidateFacts;
}

export interface CandidateList extends Page<Candidate> {
  qualifiedTotal: number;
  notQualifiedTotal: number;
  position: Position;
  rule: AppointmentRule | null;
  weights: MeritWeights;
  asOf: string;
}

export function candidateFactsOfRow(r: CandidateRow): CandidateFacts {
  return {
    employeeId: r.employee_id,
    asnType: r.asn_type,
    age: r.age,
    education: r.edu_code ? { code: r.edu_code, name: r.edu_name!, ordinal: r.edu_ordinal! } : null,
    serviceMonths: r.service_months,
    experienceMonths: r.experience_months,
    priorMonths: r.prior_months,
    rank: r.rank_code ? { code: r.rank_code, ordinal: r.rank_ordinal!, scheme: r.rank_scheme! } : null,
    predikat: r.predikat ?? [],
    jpm: r.jpm === null ? null : Number(r.jpm),
    box: r.box,
  };
}

export class AppointmentService {
  constructor(private readonly ctx: Context) {}

  async weights(governmentId: string): Promise<MeritWeights> {
    const s = new SettingsService(this.ctx);
    const [jpm, performance, talent, education, rank] = await Promise.all(['jpm', 'performance', 'talent', 'education', 'rank'].map((k) => s.number(`merit.weight.${k}`, governmentId)));
    return { jpm, performance, talent, education, rank };
  }

  /** The editable requirement of the position's kind, and the position's own minima. */
  async ruleFor(position: Position): Promise<{ rule: AppointmentRule | null; target: TargetPosition }> {
    const { ctx } = this;
    const [row] = await query<{ position_kind: string; code: string | null; name: string | null; ordinal: number | null; experience_years: number; experience_kinds: string[]; prior_kinds: string[]; prior_years: number; max_age: number | null; performance_years: number; pns_only: boolean; legal_basis: string }>(
      ctx.em,
      sql`select ar.*, el.code, el.name, el.ordinal from appointment_requirement ar left join education_level el on el.id = ar.min_education_id where ar.position_kind = ${position.kind}`,
    );
    const edu = (l: EducationLevel | null): EducationRef | null => (l ? { code: l.code, name: l.name, ordinal: l.ordinal } : null);
    const minEducation = position.minEducation ? await ctx.loaders.byId(EducationLevel).load(refId(position.minEducation)!) : null;
    const minRank = position.minRank ? await ctx.loaders.byId(Rank).load(refId(position.minRank)!) : null;
    return {
      rule: row
        ? {
            positionKind: row.position_kind,
            minEducation: row.code ? { code: row.code, name: row.name!, ordinal: row.ordinal! } : null,
            experienceYears: row.experience_years,
            experienceKinds: row.experience_kinds,
            priorKinds: row.prior_kinds,
            priorYears: row.prior_years,
            maxAge: row.max_age,
            performanceYears: row.performance_years,
            pnsOnly: row.pns_only,
            legalBasis: row.legal_basis,
          }
        : null,
      target: { minEducation: edu(minEducation), minRank: minRank ? { code: minRank.code, ordinal: minRank.ordinal, scheme: minRank.scheme } : null },
    };
  }

  private async statement(position: Position, scope: ScopeArgs, asOf: string) {
    const governmentId = refId(position.government)!;
    const set = await employeesInScope(this.ctx, { unitId: scope.unitId, governmentId: scope.unitId ? null : (scope.governmentId ?? governmentId) }, asOf);
    const weights = await this.weights(governmentId);
    const s = new SettingsService(this.ctx);
    const [high, medium] = await Promise.all([s.number('talent.potential.high', governmentId), s.number('talent.potential.medium', governmentId)]);
    return { candidates: candidatesSql(set.ids, { asOf, positionId: position.id, weights, high, medium }), weights };
  }

  /** The ranked shortlist (qualified) or those failing a hard requirement, with why; one statement per page. */
  async candidates(positionId: string, scope: ScopeArgs, asOf: string | undefined, qualified: boolean, talentPoolOnly: boolean, limit: number, offset: number): Promise<CandidateList> {
    const date = asOf ?? this.ctx.today;
    const masked = masksPersonalData(viewerOf(this.ctx));
    // The age requirement flips on a birthday: another date, bisected, would find it.
    if (masked && date !== this.ctx.today) throw EmployeeErrors.input('asOf', 'MASKED_AS_OF_TODAY', 'asOf: your role sees candidates as of today only (the age requirement would give birth dates away)');
    const position = await new PositionService(this.ctx).get(positionId, 'positionId');
    const { candidates, weights } = await this.statement(position, scope, date);
    const pool = talentPoolOnly ? sql`where c.box in (${sql.list(SUCCESSION_BOXES)})` : sql``;
    const rows = await query<CandidateRow>(
      this.ctx.em,
      sql`select y.* from (
         select c.*, count(*) filter (where c.qualified) over () as n_qualified, count(*) filter (where not c.qualified) over () as n_not_qualified
           from (${candidates}) c ${pool}) y
        where y.qualified = ${qualified} order by y.score desc, y.full_name, y.employee_id limit ${limit} offset ${offset}`,
    );
    let [nq, nn] = [Number(rows[0]?.n_qualified ?? 0), Number(rows[0]?.n_not_qualified ?? 0)];
    if (!rows.length) {
      const [c] = await query<{ q: string; n: string }>(this.ctx.em, sql`select count(*) filter (where c.qualified) as q, count(*) filter (where not c.qualified) as n from (${candidates}) c ${pool}`);
      [nq, nn] = [Number(c.q), Number(c.n)];
    }
    const { rule, target } = await this.ruleFor(position);
    const maxEdu = await this.maxEducationOrdinal();
    return {
      items: rows.map((r) => {
        const c = this.explain(r, rule, target, weights, maxEdu);
        return masked ? { ...c, requirements: c.requirements.map((q) => (q.code === 'AGE' ? { ...q, actual: `${ageBand(c.facts.age)} tahun` } : q)) } : c;
      }),
      total: qualified ? nq : nn,
      qualifiedTotal: nq,
      notQualifiedTotal: nn,
      limit,
      offset,
      position,
      rule,
      weights,
      asOf: date,
    };
  }

  async maxEducationOrdinal(): Promise<number> {
    const [r] = await query<{ m: number }>(this.ctx.em, sql`select max(ordinal) as m from education_level`);
    return Number(r.m);
  }

  explain(row: CandidateRow, rule: AppointmentRule | null, target: TargetPosition, weights: MeritWeights, maxEdu: number): Candidate {
    const facts = candidateFactsOfRow(row);
    return { ...assessCandidate(facts, rule, target, weights, maxEdu, row.max_rank_ordinal), facts };
  }

  /** Every candidate row for a position (tests compare the SQL flags with the pure rule). */
  async rows(positionId: string, scope: ScopeArgs, asOf: string): Promise<CandidateRow[]> {
    const position = await new PositionService(this.ctx).get(positionId, 'positionId');
    return query<CandidateRow>(this.ctx.em, (await this.statement(position, scope, asOf)).candidates);
  }
}
