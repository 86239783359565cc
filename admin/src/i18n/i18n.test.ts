import english from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { en, id } from './index';
import { leafKeys } from './merge';

describe('translations', () => {
  it('cover every react-admin v5 key in Bahasa Indonesia', () => {
    const missing = leafKeys(english).filter((k) => !leafKeys(id).includes(k));
    expect(missing).toEqual([]);
  });

  it('never hide a count in Bahasa Indonesia (Polyglot uses only the first plural form there)', () => {
    const leaves = (tree: object, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]]));
    const wrong = leaves(id)
      .filter(([, text]) => {
        const [first, ...rest] = text.split('||||').map((s) => s.trim());
        return rest.some((r) => r.includes('%{smart_count}')) && !first.includes('%{smart_count}');
      })
      .map(([k]) => k);
    expect(wrong).toEqual([]);
  });

  it('have the same keys in both languages', () => {
    expect(leafKeys(id).sort()).toEqual(leafKeys(en).sort());
  });
});
