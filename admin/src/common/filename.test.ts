import { describe, expect, it } from 'vitest';
import { filenameOf } from './filename';

describe('filenameOf', () => {
  it('reads a quoted file name', () => {
    expect(filenameOf('attachment; filename="DUK-2026-11-23.csv"', 'x.csv')).toBe('DUK-2026-11-23.csv');
  });
  it('reads an unquoted one and an RFC 5987 one', () => {
    expect(filenameOf('attachment; filename=DUK.csv', 'x.csv')).toBe('DUK.csv');
    expect(filenameOf("attachment; filename*=UTF-8''DUK%20Semarang.csv", 'x.csv')).toBe('DUK Semarang.csv');
  });
  it('falls back when the header is missing', () => {
    expect(filenameOf(null, 'DUK.csv')).toBe('DUK.csv');
  });
});
