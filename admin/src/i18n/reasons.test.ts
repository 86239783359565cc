// Every reason code the server declares (schema/reasons.json, written by `npm run schema`) has a
// text in both languages, so the panel never falls back to the server's English message.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en, id } from './index';
import { leafKeys } from './merge';

const REASONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema/reasons.json');

describe('reason codes', () => {
  const catalogue = JSON.parse(readFileSync(REASONS, 'utf8')) as Record<string, string[]>;
  for (const [lang, messages] of [['id', id], ['en', en]] as const) {
    it(`are all worded in ${lang}`, () => {
      const known = new Set(leafKeys(messages));
      const missing = Object.entries(catalogue).flatMap(([module, codes]) => codes.filter((c) => !known.has(`asn.errors.${c}`)).map((c) => `${module}: ${c}`));
      expect(missing).toEqual([]);
    });
  }
});
