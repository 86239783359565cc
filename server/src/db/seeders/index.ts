// Deterministic demo data: Kota Semarang and Kota Tebingtinggi with their units, positions,
// employees and histories, plus one demo login per role. `npm run seed -- --employees N`.
import { Faker, base, en, id_ID } from '@faker-js/faker';
import type { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { newApiKey } from '../../modules/apikey/index.ts';
import { hashPassword } from '../../modules/auth/index.ts';
import { today as todayOf } from '@asn-merit/common';
import { GOVERNMENTS } from './org-data.ts';
import { bulkInsert, demoEmployee, type Built, type Row, type SeedContext, type SeedOptions } from './common.ts';
import { PeopleGenerator, type LevelInfo, type Reference } from './people.ts';
import { seedPerformance } from './performance.ts';
import { seedSurveys } from './surveys.ts';
import { seedWorkforce } from './workforce.ts';
import { seedDocuments } from './documents.ts';
import { StructureBuilder, type PositionRow } from './structure.ts';

export { bulkInsert, type Built, type SeedContext, type SeedOptions } from './common.ts';

export const DEMO_PASSWORD = 'MeritDemo2026';
export const SEED = 20261123;

export interface DemoUser {
  email: string;
  displayName: string;
  role: string;
  government?: string;
  unitCode?: string;
  employee?: boolean;
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'superadmin@asnmerit.id', displayName: 'Super Admin (nasional)', role: 'SUPER_ADMIN' },
  { email: 'bkpp@semarangkota.go.id', displayName: 'Admin BKPP Kota Semarang', role: 'GOV_ADMIN', government: '33.74' },
  { email: 'dinkes@semarangkota.go.id', displayName: 'Admin Dinas Kesehatan Kota Semarang', role: 'UNIT_ADMIN', government: '33.74', unitCode: 'DINKES' },
  { email: 'analis@semarangkota.go.id', displayName: 'Analis SDM Kota Semarang', role: 'ANALYST', government: '33.74' },
  { email: 'pegawai@semarangkota.go.id', displayName: 'Pegawai (layanan mandiri)', role: 'EMPLOYEE', government: '33.74', employee: true },
  { email: 'bkpsdm@tebingtinggikota.go.id', displayName: 'Admin BKPSDM Kota Tebingtinggi', role: 'GOV_ADMIN', government: '12.76' },
];

export async function isEmpty(orm: MikroORM): Promise<boolean> {
  const [row] = await orm.em.fork().execute<{ n: string }[]>('select count(*) as n from government');
  return Number(row.n) === 0;
}

async function loadReference(em: EntityManager): Promise<Reference> {
  const ranks = await em.execute<{ id: string; scheme: string; ordinal: number; code: string }[]>('select id, scheme, ordinal, code from rank');
  const levels = await em.execute<{ id: string; code: string; ordinal: number; ceiling: number; start: number; pppk: number }[]>(
    `select l.id, l.code, l.ordinal, c.ordinal as ceiling, coalesce(s.ordinal, c.ordinal) as start, coalesce(p.ordinal, 1) as pppk
       from education_level l join rank c on c.id = l.pns_rank_ceiling_id
       left join rank s on s.id = l.pns_starting_rank_id left join rank p on p.id = l.pppk_entry_rank_id`,
  );
  const ages = await em.execute<{ position_kind: string; functional_level: string | null; age: number }[]>('select position_kind, functional_level, age from retirement_age');
  return {
    retirementAges: new Map(ages.map((a) => [`${a.position_kind}:${a.functional_level ?? ''}`, a.age])),
    pnsRankByOrdinal: new Map(ranks.filter((r) => r.scheme === 'PNS').map((r) => [r.ordinal, r.id])),
    pppkRankByOrdinal: new Map(ranks.filter((r) => r.scheme === 'PPPK').map((r) => [r.ordinal, r.id])),
    levels: new Map(levels.map((l): [string, LevelInfo] => [l.code, { id: l.id, code: l.code, ordinal: l.ordinal, ceilingOrdinal: l.ceiling, startOrdinal: l.start, pppkOrdinal: l.pppk }])),
  };
}


/** Generates everything in memory (deterministic for a seed, a size and a date). */
export function generate(ref: Reference, employees: number, today: string): Built {
  const faker = new Faker({ locale: [id_ID, en, base], seed: SEED });
  const governmentIds = new Map<string, string>();
  const out: Built = { governmentIds, units: [], positions: [], people: { employees: [], ranks: [], placements: [], education: [], qualifications: [], sanctions: [] } };
  let remaining = employees;
  GOVERNMENTS.forEach((g, gi) => {
    const id = faker.string.uuid();
    governmentIds.set(g.code, id);
    const target = gi === GOVERNMENTS.length - 1 ? remaining : Math.round(employees * g.share);
    remaining -= target;
    const builder = new StructureBuilder(faker, id);
    builder.build(g);
    builder.scaleHeadcount(target);

    // Fill: most heads, then staff slots at random, until the target is reached.
    const heads = builder.positions.filter((p) => p.head);
    const headFill = Math.min(0.96, target / (heads.length * 1.4));
    const slots: PositionRow[] = heads.filter(() => faker.datatype.boolean(headFill));
    const staffSlots = builder.positions.filter((p) => !p.head).flatMap((p) => Array.from({ length: p.plannedHeadcount }, () => p));
    slots.push(...faker.helpers.shuffle(staffSlots));
    const chosen = slots.slice(0, target);

    const unitsById = new Map(builder.units.map((u) => [u.id, u]));
    const clerksByUnit = new Map<string, PositionRow[]>();
    for (const p of builder.positions) {
      if (p.kind !== 'PELAKSANA') continue;
      const list = clerksByUnit.get(p.unitId) ?? [];
      list.push(p);
      clerksByUnit.set(p.unitId, list);
    }
    const gen = new PeopleGenerator(faker, g, id, ref, today, unitsById);
    for (const p of chosen) {
      // An earlier, lower position in the same unit for part of the staff (a career step).
      const earlier = (clerksByUnit.get(p.unitId) ?? []).filter((c) => c.grade < p.grade);
      gen.hold(p, earlier.length && faker.datatype.boolean(0.5) ? faker.helpers.arrayElement(earlier) : undefined);
    }
    out.units.push(...builder.units);
    out.positions.push(...builder.positions);
    for (const k of Object.keys(out.people) as (keyof typeof out.people)[]) (out.people[k] as unknown[]).push(...gen.people[k]);
  });
  return out;
}



/**
 * Demo data of the domain modules, in order, after the core graph. Each returns a summary line.
 * A module adds its step here (its own faker seed keeps the core data unchanged).
 */
/**
 * Two example keys of each government admin (one for the whole government, one for a unit), so the
 * Akses API page has something to show. Their secrets are random and thrown away: no demo key works.
 */
function demoApiKeys(users: { id: string; role: string; governmentId: string | null }[], unitByCode: Map<string, string>): Row[] {
  return users
    .filter((u) => u.role === 'GOV_ADMIN' && u.governmentId)
    .flatMap((u) => [
      { name: 'Dasbor kepegawaian (contoh)', unitCode: null },
      { name: 'Dasbor IKM Dinas Kesehatan (contoh)', unitCode: 'DINKES' },
    ].map((k) => {
      const { keyHash, prefix } = newApiKey();
      const unitId = k.unitCode ? (unitByCode.get(`${u.governmentId}|${k.unitCode}`) ?? null) : null;
      return { id: uuidv7(), governmentId: u.governmentId, unitId, name: unitId || !k.unitCode ? k.name : 'Dasbor unit (contoh)', prefix, keyHash, view: 'MASKED', trustedOperationsOnly: false, rateLimitMax: 600, rateLimitWindowSeconds: 60, createdById: u.id, requestCount: 0 };
    }));
}

export const MODULE_SEEDERS: { name: string; seed: (ctx: SeedContext) => Promise<string> }[] = [
  { name: 'performance', seed: seedPerformance },
  { name: 'surveys', seed: seedSurveys },
  { name: 'workforce', seed: seedWorkforce },
  { name: 'documents', seed: seedDocuments },
];

export async function seedDatabase(orm: MikroORM, opts: SeedOptions): Promise<string> {
  if (!opts.force && !(await isEmpty(orm))) return 'the database already holds data: nothing seeded (use --force to add the demo governments anyway)';
  return seedInto(orm.em.fork(), opts);
}

async function seedInto(em: EntityManager, opts: SeedOptions): Promise<string> {
  const started = Date.now();
  const today = opts.today ?? todayOf();
  const ref = await loadReference(em);
  const built = generate(ref, opts.employees, today);
  const now = new Date();
  const stamp = { createdAt: now, updatedAt: now, version: 1 };
  const moduleSummaries: string[] = [];

  await em.transactional(async (tx) => {
    await bulkInsert(
      tx,
      'government',
      GOVERNMENTS.map((g) => ({ id: built.governmentIds.get(g.code)!, code: g.code, name: g.name, kind: 'KOTA', province: g.province })),
      stamp,
    );
    const units = [...built.units].sort((a, b) => a.depth - b.depth);
    await bulkInsert(tx, 'org_unit', units.map((u) => ({ id: u.id, governmentId: u.governmentId, parentId: u.parentId, path: u.path, depth: u.depth, code: u.code, name: u.name, kind: u.kind, sector: u.sector, populationServed: u.populationServed, active: true })), stamp);
    const levelIds = new Map([...ref.levels.values()].map((l) => [l.code, l.id]));
    const rankIds = new Map<string, string>();
    const pnsCodes = await tx.execute<{ id: string; code: string }[]>(`select id, code from rank where scheme = 'PNS'`);
    for (const r of pnsCodes) rankIds.set(r.code, r.id);
    await bulkInsert(
      tx,
      'position',
      built.positions.map((p) => ({
        id: p.id, governmentId: p.governmentId, unitId: p.unitId, parentId: p.parentId, code: p.code, title: p.title, kind: p.kind,
        functionalLevel: p.functionalLevel, functionalFamily: p.functionalFamily, grade: p.grade, plannedHeadcount: p.plannedHeadcount,
        minEducationId: p.minEducation ? levelIds.get(p.minEducation) : null, minRankId: p.minRank ? rankIds.get(p.minRank) : null, active: true,
      })),
      stamp,
    );
    await bulkInsert(tx, 'employee', built.people.employees as unknown as Row[], stamp);
    await bulkInsert(tx, 'rank_history', built.people.ranks as unknown as Row[], stamp);
    await bulkInsert(tx, 'position_history', built.people.placements as unknown as Row[], stamp);
    await bulkInsert(tx, 'education_history', built.people.education as unknown as Row[], stamp);
    await bulkInsert(tx, 'qualification', built.people.qualifications as unknown as Row[], stamp);
    await bulkInsert(tx, 'disciplinary_sanction', built.people.sanctions as unknown as Row[], stamp);

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const unitByCode = new Map(built.units.map((u) => [`${u.governmentId}|${u.code}`, u.id]));
    const firstDoctor = demoEmployee(built);
    const users = DEMO_USERS.map((u) => {
        const governmentId = u.government ? built.governmentIds.get(u.government)! : null;
        return {
          id: new Faker({ locale: [base], seed: u.email.length * 7919 + u.email.charCodeAt(0) }).string.uuid(),
          email: u.email,
          passwordHash,
          displayName: u.displayName,
          role: u.role,
          governmentId,
          unitId: u.unitCode ? unitByCode.get(`${governmentId}|${u.unitCode}`) : null,
          employeeId: u.employee ? (firstDoctor?.id ?? built.people.employees[0]?.id ?? null) : null,
          active: true,
        };
      }).filter((u) => u.role !== 'EMPLOYEE' || u.employeeId);
    await bulkInsert(tx, 'app_user', users, stamp);
    await bulkInsert(tx, 'api_key', demoApiKeys(users, unitByCode), stamp);
    for (const [i, step] of MODULE_SEEDERS.entries()) {
      const summary = await step.seed({ em: tx, faker: new Faker({ locale: [id_ID, en, base], seed: SEED + i + 1 }), today, built, options: opts, stamp });
      moduleSummaries.push(`${step.name}: ${summary}`);
    }
  });
  // Fresh statistics, so the planner sees the new rows at once.
  await em.getConnection().execute('analyze');
  const p = built.people;
  opts.logger?.debug({ ms: Date.now() - started }, 'seeded');
  return `seeded ${GOVERNMENTS.length} governments, ${built.units.length} units, ${built.positions.length} positions, ${p.employees.length} employees (${p.ranks.length} rank, ${p.placements.length} position, ${p.education.length} education, ${p.qualifications.length} qualification, ${p.sanctions.length} sanction records), ${DEMO_USERS.length} demo users${moduleSummaries.map((m) => `; ${m}`).join('')} in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

/** MikroORM seeder entry point: the default-size demo data (`npm run seed` sizes it). */
export class DatabaseSeeder extends Seeder {
  async run(em: CoreEntityManager): Promise<void> {
    await seedInto(em as EntityManager, { employees: 3000 });
  }
}
