// Configurable rule values: national defaults, government overrides, ranges, roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
const KEY = 'test.sample';

beforeAll(async () => {
  t = await startTestApp();
  await t.sql(
    `insert into setting (id, created_at, updated_at, version, government_id, key, value, min, max, description, legal_basis)
     values (gen_random_uuid(), now(), now(), 1, null, ?, 3, 1, 10, 'A sample rule value', 'Test basis')`,
    [KEY],
  );
});
afterAll(() => t.close());

const SET = 'mutation($input: SetSettingInput!) { setSetting(input: $input) { key value overridden setting { version legalBasis } } }';
const LIST = 'query($g: ID) { settings(governmentId: $g) { key value overridden } }';

describe('settings', () => {
  it('lets a government admin override a default for their government only', async () => {
    const [gov] = await t.sql<{ id: string }>(`select id from government where code = '33.74'`);
    const [other] = await t.sql<{ id: string }>(`select id from government where code = '12.76'`);
    const res = await t.ok(SET, { input: { key: KEY, value: 5, governmentId: gov.id } });
    expect(res.setSetting).toMatchObject({ value: 5, overridden: true, setting: { legalBasis: 'Test basis' } });
    const mine = await t.ok(LIST, { g: gov.id });
    expect(mine.settings.find((s: { key: string }) => s.key === KEY)).toEqual({ key: KEY, value: 5, overridden: true });
    const theirs = await t.ok(LIST, { g: other.id }, 'otherGov');
    expect(theirs.settings.find((s: { key: string }) => s.key === KEY)).toEqual({ key: KEY, value: 3, overridden: false });
    const forbidden = await t.gql(SET, { input: { key: KEY, value: 4, governmentId: other.id } });
    expect(forbidden.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'governmentId' });
    const national = await t.gql(SET, { input: { key: KEY, value: 4 } });
    expect(national.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a value outside the allowed range, naming the field', async () => {
    const res = await t.gql(SET, { input: { key: KEY, value: 11 } }, 'super');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value', reason: 'OUT_OF_RANGE' });
  });

  it('lets a super admin change the national default, with optimistic locking', async () => {
    const ok = await t.ok(SET, { input: { key: KEY, value: 7, version: 1 } }, 'super');
    expect(ok.setSetting).toMatchObject({ value: 7, overridden: false, setting: { version: 2 } });
    const stale = await t.gql(SET, { input: { key: KEY, value: 8, version: 1 } }, 'super');
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
  });
});
