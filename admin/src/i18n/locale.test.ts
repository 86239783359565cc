// Numbers and dates follow the panel's language: only i18n/format.tsx names an Intl locale or calls
// the formatters; everything else goes through useFormat() (or NumberField/DateField, which get
// the locale from LocaleFormats). A hard-coded 'id-ID' would write English pages the Indonesian way.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatFor } from './format';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HELPER = path.join(SRC, 'i18n', 'format.tsx');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'gql' ? [] : sources(p);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

/** A locale tag in a string ('id-ID', "en-GB"), a locale-dependent formatter, or Intl itself. */
const PATTERNS: [string, RegExp][] = [
  ['locale tag', /['"`][a-z]{2,3}-[A-Z]{2}['"`]/g],
  ['toLocale*String', /\.toLocale(?:Date|Time)?String\(/g],
  ['Intl', /\bIntl\.[A-Z]\w*/g],
  ['toFixed (not localized)', /\.toFixed\(/g],
];

describe('locale', () => {
  it('is named only by the format helper: no hard-coded locale or formatter elsewhere in admin/src', () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      if (file === HELPER) continue;
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const [what, re] of PATTERNS) for (const m of line.matchAll(re)) found.push(`${path.relative(SRC, file)}:${i + 1} ${what}: ${m[0]}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('writes numbers and dates the Indonesian or the English way', () => {
    const id = formatFor('id-ID');
    const en = formatFor('en-GB');
    expect([id.num(1234.5), en.num(1234.5)]).toEqual(['1.234,5', '1,234.5']);
    expect([id.pct(93.64), en.pct(93.64)]).toEqual(['93,6%', '93.6%']);
    expect([id.dec(87.5), en.dec(87.5)]).toEqual(['87,50', '87.50']);
    expect([id.date('2026-11-21'), en.date('2026-11-21')]).toEqual(['21 November 2026', '21 November 2026']);
    expect([id.date('2026-08-17'), en.date('2026-08-17')]).toEqual(['17 Agustus 2026', '17 August 2026']);
  });
});
