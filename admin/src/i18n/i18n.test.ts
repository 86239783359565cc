import english from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { en, id } from './index';
import { leafKeys } from './merge';

describe('translations', () => {
  it('cover every react-admin v5 key in Bahasa Indonesia', () => {
    const missing = leafKeys(english).filter((k) => !leafKeys(id).includes(k));
    expect(missing).toEqual([]);
  });

  it('have the same keys in both languages', () => {
    expect(leafKeys(id).sort()).toEqual(leafKeys(en).sort());
  });
});
