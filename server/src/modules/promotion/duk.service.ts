// DUK: a page through GraphQL, or every row streamed from a server-side cursor (CSV download).
import type { Context } from '../../context.ts';
import type { Page } from '../../shared/list.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { seesPersonalData } from '../../shared/scope.ts';
import { cursorRows, query, sql, where, type CursorLimits } from '../../shared/sql.ts';
import { displayName, masksPersonalData } from '../employee/index.ts';
import { dukSql } from './duk.sql.ts';
import { employeesInScope, PNS_ONLY, type ScopeArgs } from './scope.ts';

export interface DukRow {
  number: number;
  employee_id: string;
  nip: string;
  full_name: string;
  front_title: string | null;
  back_title: string | null;
  birth_date: string | null;
  age: number | null;
  rank_id: string | null;
  rank_code: string | null;
  rank_name: string | null;
  rank_tmt: string | null;
  position_id: string | null;
  position_title: string | null;
  position_class: number | null;
  position_start: string | null;
  unit_id: string | null;
  unit_name: string | null;
  tmt_cpns: string | null;
  service_months: number;
  leadership_kind: string | null;
  leadership_on: string | null;
  education_code: string | null;
  education_name: string | null;
  major: string | null;
  graduation_year: number | null;
  total?: string;
}

export class DukService {
  constructor(private readonly ctx: Context) {}

  private async statement(scope: ScopeArgs, asOf: string) {
    const set = await employeesInScope(this.ctx, scope, asOf, [PNS_ONLY]);
    return dukSql(set.ids, asOf);
  }

  /** Birth dates are personal data (administrators only); masked roles see neither it nor the age. */
  private redact(r: DukRow): DukRow {
    const viewer = viewerOf(this.ctx);
    if (seesPersonalData(viewer)) return r;
    return { ...r, birth_date: null, age: masksPersonalData(viewer) ? null : r.age };
  }

  async page(scope: ScopeArgs, asOf: string | undefined, limit: number, offset: number): Promise<Page<DukRow> & { asOf: string }> {
    const date = asOf ?? this.ctx.today;
    const duk = await this.statement(scope, date);
    const rows = await query<DukRow>(this.ctx.em, sql`select x.*, count(*) over () as total from (${duk}) x order by x.number limit ${limit} offset ${offset}`);
    let total = Number(rows[0]?.total ?? 0);
    if (!rows.length && offset > 0) total = Number((await query<{ n: string }>(this.ctx.em, sql`select count(*) as n from (${duk}) x`))[0].n);
    return { items: rows.map((r) => this.redact({ ...r, number: Number(r.number) })), total, limit, offset, asOf: date };
  }

  /**
   * Every row in DUK order, in chunks from a database cursor: memory stays flat whatever the size.
   * Ending the iteration early (a cancelled download) closes the cursor and releases the connection.
   */
  async *stream(scope: ScopeArgs, asOf: string, limits: CursorLimits): AsyncGenerator<DukRow> {
    const [text, values] = where(sql`select x.* from (${await this.statement(scope, asOf)}) x order by x.number`);
    const rows = cursorRows<DukRow>(this.ctx.em, text, values, limits);
    for await (const r of rows) yield this.redact({ ...r, number: Number(r.number) });
  }
}

/** Columns of the DUK download, in the panel's language. */
export function dukColumns(locale: 'id' | 'en'): { header: string; value: (r: DukRow) => string | number | null }[] {
  const id = locale === 'id';
  return [
    { header: id ? 'No' : 'No', value: (r) => r.number },
    { header: 'NIP', value: (r) => r.nip },
    { header: id ? 'Nama' : 'Name', value: (r) => displayName({ frontTitle: r.front_title, fullName: r.full_name, backTitle: r.back_title }) },
    { header: id ? 'Pangkat' : 'Rank', value: (r) => r.rank_name },
    { header: id ? 'Gol/Ruang' : 'Grade', value: (r) => r.rank_code },
    { header: id ? 'TMT Pangkat' : 'Rank TMT', value: (r) => r.rank_tmt },
    { header: id ? 'Jabatan' : 'Position', value: (r) => r.position_title },
    { header: id ? 'Kelas Jabatan' : 'Position class', value: (r) => r.position_class },
    { header: id ? 'TMT Jabatan' : 'Position TMT', value: (r) => r.position_start },
    { header: id ? 'Unit Kerja' : 'Unit', value: (r) => r.unit_name },
    { header: id ? 'Masa Kerja (tahun)' : 'Service (years)', value: (r) => Math.floor(r.service_months / 12) },
    { header: id ? 'Masa Kerja (bulan)' : 'Service (months)', value: (r) => r.service_months % 12 },
    { header: id ? 'Diklat Kepemimpinan' : 'Leadership training', value: (r) => r.leadership_kind },
    { header: id ? 'Tahun Diklat' : 'Training year', value: (r) => r.leadership_on?.slice(0, 4) ?? null },
    { header: id ? 'Pendidikan' : 'Education', value: (r) => r.education_name },
    { header: id ? 'Jurusan' : 'Major', value: (r) => r.major },
    { header: id ? 'Tahun Lulus' : 'Graduation year', value: (r) => r.graduation_year },
    { header: id ? 'Tanggal Lahir' : 'Birth date', value: (r) => r.birth_date },
    { header: id ? 'Usia' : 'Age', value: (r) => r.age },
  ];
}
