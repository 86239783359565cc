// Every table of the panel is react-admin's DataTable over a list context (ReportList.tsx for a
// server-paginated report, RowsTable.tsx for rows in hand, List/ReferenceManyField/ArrayField for
// resources): none is wired by hand from MUI's Table, its head and body, and TablePagination.
// (A custom row or footer inside a DataTable may still use TableRow, TableCell and TableFooter.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HAND_BUILT = ['Table', 'TableHead', 'TableBody', 'TableContainer', 'TablePagination'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'gql' ? [] : sources(p);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

describe('tables', () => {
  it("are react-admin's DataTable, never MUI's Table wired by hand", () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@mui\/material'/g)) {
        const names = m[1].split(',').map((n) => n.trim().split(/\s+as\s+/)[0]).filter(Boolean);
        for (const n of names.filter((name) => HAND_BUILT.includes(name))) found.push(`${path.relative(SRC, file)}: ${n}`);
      }
      for (const m of text.matchAll(/from\s*'@mui\/material\/(Table|TableHead|TableBody|TableContainer|TablePagination)'/g)) found.push(`${path.relative(SRC, file)}: ${m[1]}`);
    }
    expect(found).toEqual([]);
  });
});
