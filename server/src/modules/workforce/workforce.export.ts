// The five-year plan in the layout HR offices submit: one row per position, the five years as
// columns (recruits per year), then the totals. Rows come page by page through the API's own
// `workforcePlan` query (same validation, scoping and authorization); CSV and XLSX share the columns.
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';

export interface PlanExportRow {
  code: string;
  title: string;
  kind: string;
  unitName: string;
  sector: string;
  scenario: boolean;
  analysisYear: number | null;
  requiredStaff: number | null;
  bezetting: number;
  totalRecruit: number;
  years: { year: number; need: number; retirements: number; contractsEnding: number; recruit: number }[];
}

export const PLAN_EXPORT_DOCUMENT = `query($unitId: ID, $governmentId: ID, $fromYear: Int, $years: Int, $scenario: PlanScenarioInput, $limit: Int!, $offset: Int!) {
  list: workforcePlan(unitId: $unitId, governmentId: $governmentId, fromYear: $fromYear, years: $years, scenario: $scenario, limit: $limit, offset: $offset) {
    fromYear toYear rows { total items { code title kind unitName sector scenario analysisYear requiredStaff bezetting totalRecruit years { year need retirements contractsEnding recruit } } }
  }
}`;

export interface ExportColumn {
  header: string;
  value: (r: PlanExportRow) => string | number | null;
}

/** Headers in the caller's language; a column per year of the plan. */
export function planColumns(locale: 'id' | 'en', fromYear: number, toYear = fromYear + 4): ExportColumn[] {
  const t = (id: string, en: string) => (locale === 'id' ? id : en);
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const sum = (r: PlanExportRow, k: 'retirements' | 'contractsEnding') => r.years.reduce((s, y) => s + y[k], 0);
  return [
    { header: t('Kode jabatan', 'Position code'), value: (r) => r.code },
    { header: t('Nama jabatan', 'Position'), value: (r) => r.title },
    { header: t('Jenis jabatan', 'Kind'), value: (r) => r.kind },
    { header: t('Unit kerja', 'Unit'), value: (r) => (r.scenario ? `${r.unitName} (${t('skenario', 'scenario')})` : r.unitName) },
    { header: t('Sektor', 'Sector'), value: (r) => r.sector },
    { header: t('Tahun ABK', 'ABK year'), value: (r) => r.analysisYear },
    { header: t('Kebutuhan ABK', 'Required (ABK)'), value: (r) => r.requiredStaff },
    { header: t('Bezetting', 'In post'), value: (r) => r.bezetting },
    ...years.map((y, i): ExportColumn => ({ header: t(`Kebutuhan ${y}`, `To recruit ${y}`), value: (r) => r.years[i]?.recruit ?? 0 })),
    { header: t('Jumlah', 'Total'), value: (r) => r.totalRecruit },
    { header: t(`Pensiun (${years.length} tahun)`, `Retirements (${years.length} years)`), value: (r) => sum(r, 'retirements') },
    { header: t(`PPPK berakhir (${years.length} tahun)`, `PPPK contracts ending (${years.length} years)`), value: (r) => sum(r, 'contractsEnding') },
  ];
}

/** Writes the rows as one worksheet, streamed to `out`. */
export async function writePlanXlsx(out: Writable, columns: ExportColumn[], rows: AsyncIterable<PlanExportRow>, title: string): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(title.slice(0, 31));
  sheet.columns = columns.map((c) => ({ header: c.header, width: Math.max(10, Math.min(40, c.header.length + 4)) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let n = 0;
  for await (const r of rows) {
    sheet.addRow(columns.map((c) => c.value(r))).commit();
    n++;
  }
  sheet.commit();
  await workbook.commit();
  return n;
}
