import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { id } from './index';
import { leafKeys } from './merge';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'gql' ? [] : sources(p);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('translation keys', () => {
  it('exist for every literal `asn.*` key the panel uses', () => {
    const known = new Set(leafKeys(id));
    const missing: string[] = [];
    for (const file of sources(SRC)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`](asn\.[a-z0-9_.]+)['"`]/gi)) {
        // Keys built at runtime (`asn.enums.${name}...`) end with a dot here and are skipped.
        if (!m[1].endsWith('.') && !known.has(m[1])) missing.push(`${path.relative(SRC, file)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
