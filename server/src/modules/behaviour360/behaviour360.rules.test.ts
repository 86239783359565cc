import { describe, expect, it } from 'vitest';
import { CoreValue, RaterGroup } from './behaviour360.enums.ts';
import { aggregate360 } from './behaviour360.rules.ts';

const sums = (n: number) => Object.fromEntries(Object.values(CoreValue).map((v) => [v, n]));

describe('360 aggregates (ASN-RULES §4)', () => {
  it('hides a peer group below the minimum and shows it at the minimum', () => {
    const two = aggregate360([{ group: RaterGroup.PEER, raters: 2, sums: sums(8) }], 3).groups.find((g) => g.group === RaterGroup.PEER)!;
    expect(two).toMatchObject({ raters: 2, released: false, averages: [], average: null });
    expect(two.reason).toContain('minimal 3');
    const three = aggregate360([{ group: RaterGroup.PEER, raters: 3, sums: sums(12) }], 3).groups.find((g) => g.group === RaterGroup.PEER)!;
    expect(three).toMatchObject({ released: true, average: 4 });
    expect(three.averages).toHaveLength(7);
  });

  it('always shows the self and superior groups', () => {
    const r = aggregate360([{ group: RaterGroup.SELF, raters: 1, sums: sums(5) }, { group: RaterGroup.SUPERIOR, raters: 1, sums: sums(3) }], 3).groups;
    expect(r.find((g) => g.group === RaterGroup.SELF)).toMatchObject({ released: true, average: 5 });
    expect(r.find((g) => g.group === RaterGroup.SUPERIOR)).toMatchObject({ released: true, average: 3 });
    expect(r.find((g) => g.group === RaterGroup.SUBORDINATE)).toMatchObject({ raters: 0, released: false });
  });
});
