// Rank promotion eligibility (ASN-RULES §3): one employee through the pure rule on facts read
// record by record; whole units and governments through one set-based SQL statement
// (promotion.sql.ts). Tests assert both give the same answer for every employee.
import type { Context } from '../../context.ts';
import { refId } from '../../shared/base.entity.ts';
import { CommonErrors } from '../../shared/errors.ts';
import type { Page } from '../../shared/list.ts';
import { query, sql, type Sql } from '../../shared/sql.ts';
import { EmployeeService, employeeLoaders, type Employee } from '../employee/index.ts';
import { annualPredikats, creditPointFactors, creditPoints, monthsWithin, type Predikat } from '../performance/index.ts';
import { Position } from '../position/index.ts';
import { EducationLevel, Rank } from '../reference/index.ts';
import { addMonths } from '@asn-merit/common';
import { rankPromotionEligibility, type Eligibility, type EligibilityFacts, type RankRef } from './promotion.rules.ts';
import { eligibilitySql } from './promotion.sql.ts';
import { employeesInScope, PNS_ONLY, type ScopeArgs } from './scope.ts';

export enum EligibilityFilter {
  ALL = 'ALL',
  ELIGIBLE = 'ELIGIBLE',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  /** Eligible now or on a promotion date within the next N months. */
  WITHIN_MONTHS = 'WITHIN_MONTHS',
}

/** A row of eligibilitySql: the facts and the flags computed in SQL. */
export interface EligibilityRow {
  employee_id: string;
  asn_type: string;
  status: string;
  cur_rank_id: string | null;
  cur_tmt: string | null;
  cur_code: string | null;
  cur_name: string | null;
  cur_golongan: string | null;
  cur_ordinal: number | null;
  next_id: string | null;
  next_code: string | null;
  next_name: string | null;
  next_golongan: string | null;
  next_ordinal: number | null;
  ceiling_ordinal: number | null;
  ceiling_code: string | null;
  ceiling_education: string | null;
  y1: number;
  p1: Predikat | null;
  y2: number;
  p2: Predikat | null;
  ud1: boolean;
  ud2: boolean;
  ukppi: boolean;
  sanction_desc: string | null;
  sanction_end: string | null;
  functional_level: string | null;
  required_points: number | null;
  requires_level: string | null;
  credit_points: number;
  route: string;
  years_ok: boolean | null;
  perf_ok: boolean;
  ceiling_ok: boolean;
  exam_ok: boolean;
  credit_ok: boolean;
  level_ok: boolean;
  discipline_ok: boolean;
  eligible: boolean;
  earliest_tmt: string | null;
  total?: string;
}

/** The rule's input from a SQL row (so a page is explained by the same function as one employee). */
export function factsOfRow(r: EligibilityRow): EligibilityFacts {
  return {
    employeeId: r.employee_id,
    asnType: r.asn_type,
    status: r.status,
    currentRank: r.cur_rank_id ? { id: r.cur_rank_id, code: r.cur_code!, name: r.cur_name!, golongan: r.cur_golongan!, ordinal: r.cur_ordinal!, tmt: r.cur_tmt! } : null,
    nextRank: r.next_id ? { id: r.next_id, code: r.next_code!, name: r.next_name!, golongan: r.next_golongan!, ordinal: r.next_ordinal! } : null,
    ceiling: r.ceiling_code ? { code: r.ceiling_code, ordinal: r.ceiling_ordinal!, education: r.ceiling_education! } : null,
    predikat: [{ year: r.y1, predikat: r.p1 }, { year: r.y2, predikat: r.p2 }],
    exams: { ujianDinasI: r.ud1, ujianDinasII: r.ud2, ukppi: r.ukppi },
    sanction: r.sanction_desc ? { description: r.sanction_desc, endDate: r.sanction_end } : null,
    functional: r.required_points !== null && r.functional_level
      ? { level: r.functional_level, creditPoints: Number(r.credit_points), requiredPoints: Number(r.required_points), requiresLevel: r.requires_level }
      : null,
  };
}

export interface EligibilityWithRank extends Eligibility {
  currentRank: (RankRef & { tmt: string }) | null;
}

const rankRef = (r: Rank): RankRef => ({ id: r.id, code: r.code, name: r.name, golongan: r.golongan, ordinal: r.ordinal });

export class PromotionService {
  constructor(private readonly ctx: Context) {}

  /** One employee, facts read record by record and judged by the pure rule. */
  async eligibility(employeeId: string, asOf?: string): Promise<EligibilityWithRank> {
    const date = asOf ?? this.ctx.today;
    const employee = await new EmployeeService(this.ctx).get(employeeId, 'employeeId');
    const facts = await this.facts(employee, date);
    return { ...rankPromotionEligibility(facts, date), currentRank: facts.currentRank };
  }

  /** The facts of §3 for one employee on a date, read without the set-based SQL (its independent check). */
  async facts(employee: Employee, asOf: string): Promise<EligibilityFacts> {
    const { ctx } = this;
    const em = ctx.em;
    const year = Number(asOf.slice(0, 4));
    const [ranks, educations, quals, sanctions, placements] = await Promise.all([
      employeeLoaders.rankHistories(ctx).load(employee.id),
      employeeLoaders.educationHistories(ctx).load(employee.id),
      employeeLoaders.qualifications(ctx).load(employee.id),
      employeeLoaders.sanctions(ctx).load(employee.id),
      employeeLoaders.positionHistories(ctx).load(employee.id),
    ]);
    const rankRow = ranks.find((r) => r.tmt <= asOf) ?? null;
    const current = rankRow ? await ctx.loaders.byId(Rank).load(refId(rankRow.rank)!) : null;
    const next = current ? await em.findOne(Rank, { scheme: current.scheme, ordinal: current.ordinal + 1 }) : null;

    // The highest ceiling among diplomas earned by the date.
    let ceiling: EligibilityFacts['ceiling'] = null;
    let best: [number, number] = [-1, -1];
    for (const edu of educations.filter((e) => e.graduationYear <= year)) {
      const level = await ctx.loaders.byId(EducationLevel).load(refId(edu.level)!);
      const cap = level?.pnsRankCeiling ? await ctx.loaders.byId(Rank).load(refId(level.pnsRankCeiling)!) : null;
      if (level && cap && (cap.ordinal > best[0] || (cap.ordinal === best[0] && level.ordinal > best[1]))) {
        best = [cap.ordinal, level.ordinal];
        ceiling = { code: cap.code, ordinal: cap.ordinal, education: level.name };
      }
    }

    const annual = await annualPredikats(em, employee.id);
    const held = quals.filter((q) => q.passedOn <= asOf).map((q) => q.kind as string);
    const inForce = sanctions
      .filter((s) => s.barsPromotion && s.startDate <= asOf && (!s.endDate || s.endDate >= asOf))
      .sort((a, b) => (a.endDate === null ? -1 : b.endDate === null ? 1 : b.endDate!.localeCompare(a.endDate!)))[0];

    // The functional route: the functional position held on the date, with a credit requirement for the rank step.
    let functional: EligibilityFacts['functional'] = null;
    const active = placements.filter((p) => p.startDate <= asOf && (!p.endDate || p.endDate >= asOf));
    for (const p of active) {
      const position = await ctx.loaders.byId(Position).load(refId(p.position)!);
      if (position?.kind !== 'FUNGSIONAL' || !position.functionalLevel || !current) continue;
      const [req] = await query<{ required_points: number; requires_level: string | null }>(
        em,
        sql`select required_points, requires_level from credit_point_requirement where functional_level = ${position.functionalLevel} and from_rank_id = ${current.id}`,
      );
      if (req) {
        functional = { level: position.functionalLevel, creditPoints: await this.creditSince(placements, annual, rankRow!.tmt, asOf), requiredPoints: Number(req.required_points), requiresLevel: req.requires_level };
      }
      break;
    }

    return {
      employeeId: employee.id,
      asnType: employee.asnType,
      status: employee.status,
      currentRank: current && rankRow ? { ...rankRef(current), tmt: rankRow.tmt } : null,
      nextRank: next ? rankRef(next) : null,
      ceiling,
      predikat: [year - 1, year - 2].map((y) => ({ year: y, predikat: annual.get(y) ?? null })),
      exams: { ujianDinasI: held.includes('UJIAN_DINAS_I'), ujianDinasII: held.includes('UJIAN_DINAS_II'), ukppi: held.includes('UKPPI') },
      sanction: inForce ? { description: inForce.description, endDate: inForce.endDate ?? null } : null,
      functional,
    };
  }

  /** Credit points earned in functional positions from `from` to `to` (months whose 1st day is covered), per §3. */
  private async creditSince(
    placements: { startDate: string; endDate?: string | null; position: unknown }[],
    annual: Map<number, Predikat>,
    from: string,
    to: string,
  ): Promise<number> {
    const { ctx } = this;
    const { conversion, coefficient } = await creditPointFactors(ctx.em);
    const segments = [];
    for (const p of placements) {
      const position = await ctx.loaders.byId(Position).load(refId(p.position as string)!);
      if (position?.kind !== 'FUNGSIONAL' || !position.functionalLevel) continue;
      const start = p.startDate > from ? p.startDate : from;
      const end = p.endDate && p.endDate < to ? p.endDate : to;
      if (start > end) continue;
      for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
        const predikat = annual.get(y);
        const months = monthsWithin(y, start, end);
        if (!predikat || months <= 0) continue;
        segments.push({ months, level: position.functionalLevel, coefficient: coefficient.get(position.functionalLevel) ?? 0, predikat, percent: conversion.get(predikat) ?? 0 });
      }
    }
    return creditPoints(segments).total;
  }

  private filterSql(filter: EligibilityFilter, months: number | undefined, asOf: string): Sql {
    switch (filter) {
      case EligibilityFilter.ELIGIBLE:
        return sql`x.eligible`;
      case EligibilityFilter.NOT_ELIGIBLE:
        return sql`not x.eligible`;
      case EligibilityFilter.WITHIN_MONTHS: {
        if (!months || months < 1 || months > 120) throw CommonErrors.input('months', 'OUT_OF_RANGE', 'months: with WITHIN_MONTHS give a number of months from 1 to 120');
        return sql`x.earliest_tmt is not null and x.earliest_tmt <= ${addMonths(asOf, months)}::date`;
      }
      default:
        return sql`true`;
    }
  }

  /** Eligibility of the PNS in service in a scope, filtered and paginated, in one statement (a second only past the last page). */
  async eligibilities(scope: ScopeArgs, asOf: string | undefined, filter: EligibilityFilter, months: number | undefined, limit: number, offset: number): Promise<Page<EligibilityWithRank>> {
    const date = asOf ?? this.ctx.today;
    const f = this.filterSql(filter, months, date);
    const set = await employeesInScope(this.ctx, scope, date, [PNS_ONLY]);
    const year = Number(date.slice(0, 4));
    const base = sql`with x as (${eligibilitySql(set.ids, date, year - 1, year - 2)}) select x.* from x where ${f}`;
    const rows = await query<EligibilityRow & { full_name: string }>(
      this.ctx.em,
      sql`select y.*, count(*) over () as total from (${base}) y order by y.earliest_tmt asc nulls last, y.full_name, y.employee_id limit ${limit} offset ${offset}`,
    );
    let total = Number(rows[0]?.total ?? 0);
    if (!rows.length && offset > 0) {
      total = Number((await query<{ n: string }>(this.ctx.em, sql`select count(*) as n from (${base}) y`))[0].n);
    }
    return { items: rows.map((r) => this.explain(r, date)), total, limit, offset };
  }

  /** The pure rule applied to a SQL row's facts. */
  explain(row: EligibilityRow, asOf: string): EligibilityWithRank {
    const facts = factsOfRow(row);
    return { ...rankPromotionEligibility(facts, asOf), currentRank: facts.currentRank };
  }

  /** Every row of the set-based statement for a scope (tests compare it with `eligibility`). */
  async rows(scope: ScopeArgs, asOf: string, allEmployees = false): Promise<EligibilityRow[]> {
    const set = await employeesInScope(this.ctx, scope, asOf, allEmployees ? [] : [PNS_ONLY], allEmployees);
    const year = Number(asOf.slice(0, 4));
    return query<EligibilityRow>(this.ctx.em, eligibilitySql(set.ids, asOf, year - 1, year - 2));
  }
}
