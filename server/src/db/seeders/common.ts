// Shared by the core seeder and the modules' demo-data steps.
import type { Faker } from '@faker-js/faker';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql } from '../../shared/sql.ts';
import type { Logger } from 'pino';
import type { FileStore } from '../../modules/document/document.store.ts';
import type { People } from './people.ts';
import type { PositionRow, UnitRow } from './structure.ts';

export type Row = Record<string, unknown>;

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Multi-row parameterized inserts, chunked under PostgreSQL's 65,535-parameter limit. */
export async function bulkInsert(em: EntityManager, table: string, rows: Row[], extra: Row = {}): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys({ ...rows[0], ...extra });
  const chunk = Math.floor(60_000 / columns.length);
  const names = sql.raw(columns.map((c) => `"${snake(c)}"`).join(', '));
  for (let i = 0; i < rows.length; i += chunk) {
    const values = rows.slice(i, i + chunk).map((r) => {
      const full = { ...r, ...extra };
      return sql`(${sql.list(columns.map((c) => full[c] ?? null))})`;
    });
    await query(em, sql`insert into ${sql.raw(`"${table}"`)} (${names}) values ${sql.join(values)}`);
  }
}


export interface Built {
  governmentIds: Map<string, string>;
  units: UnitRow[];
  positions: PositionRow[];
  people: People;
}

export interface SeedOptions {
  employees: number;
  logger?: Logger;
  force?: boolean;
  today?: string;
  /** Public survey responses to generate (surveys module); 0 for none. */
  surveyResponses?: number;
  /** Where demo documents' files go (none: no demo documents). */
  files?: FileStore;
}

/** What a module's demo-data step gets: the transaction, the core data just written, a seeded faker. */
export interface SeedContext {
  em: EntityManager;
  faker: Faker;
  today: string;
  built: Built;
  options: SeedOptions;
  stamp: { createdAt: Date; updatedAt: Date; version: number };
}

/** The employee behind the demo EMPLOYEE account: the first PNS doctor of Kota Semarang. */
export function demoEmployee(built: Built): People['employees'][number] | undefined {
  return built.people.employees.find((e) => e.frontTitle === 'dr.' && e.asnType === 'PNS' && e.governmentId === built.governmentIds.get('33.74'));
}
