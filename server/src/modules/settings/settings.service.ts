import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { checkVersion, viewerOf } from '../../shared/resolve.ts';
import { governmentScope } from '../../shared/scope.ts';
import { query, sql } from '../../shared/sql.ts';
import { Setting } from './setting.entity.ts';

export interface EffectiveSetting {
  key: string;
  value: number;
  /** The row in effect: the government's override, else the national default. */
  setting: Setting;
  overridden: boolean;
}

interface Row {
  id: string;
  key: string;
  value: number;
  government_id: string | null;
}

/** Effective values per government, one statement per request. */
const loader = (ctx: Context) =>
  ctx.loaders.get('settings', (em) =>
    new DataLoader<string, Map<string, Row>>(async (governmentIds) => {
      const rows = await query<Row>(em, sql`select id, key, value, government_id from setting where government_id is null or government_id in (${sql.list(governmentIds)})`);
      return governmentIds.map((gov) => {
        const map = new Map<string, Row>();
        for (const r of rows) if (r.government_id === null && !map.has(r.key)) map.set(r.key, r);
        for (const r of rows) if (r.government_id === gov) map.set(r.key, r);
        return map;
      });
    }),
  );

export class SettingsService {
  constructor(private readonly ctx: Context) {}

  /** A rule's configured value for a government (its override, else the default). */
  async number(key: string, governmentId: string): Promise<number> {
    const row = (await loader(this.ctx).load(governmentId)).get(key);
    // A missing setting is a deployment error (its module's migration seeds it), never a default.
    if (!row) throw new Error(`setting ${key} is not configured`);
    return Number(row.value);
  }

  async list(governmentId: string | null): Promise<EffectiveSetting[]> {
    const viewer = viewerOf(this.ctx);
    const scope = governmentScope(viewer);
    const gov = governmentId ?? scope;
    if (scope && gov !== scope) throw new NotFoundError('Government', String(governmentId), 'governmentId');
    const rows = await this.ctx.em.find(Setting, gov ? { $or: [{ government: null }, { government: gov }] } : { government: null }, { orderBy: { key: 'asc' } });
    const byKey = new Map<string, EffectiveSetting>();
    for (const s of rows.filter((r) => !r.government)) byKey.set(s.key, { key: s.key, value: s.value, setting: s, overridden: false });
    for (const s of rows.filter((r) => r.government)) byKey.set(s.key, { key: s.key, value: s.value, setting: s, overridden: true });
    return [...byKey.values()];
  }

  /**
   * Sets a value: a super admin edits the national default (no government) or any government's
   * override; a government admin only their own government's override.
   */
  async set(key: string, value: number, governmentId: string | null, version: number | null): Promise<EffectiveSetting> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    if (viewer.role !== Role.SUPER_ADMIN && viewer.role !== Role.GOV_ADMIN) throw CommonErrors.forbidden('ROLE', 'Only administrators change settings');
    const scope = governmentScope(viewer);
    if (scope && governmentId !== scope) throw CommonErrors.forbidden('OTHER_GOVERNMENT', 'You may only change your own government\'s settings', 'governmentId');
    const base = await em.findOne(Setting, { key, government: null });
    if (!base) throw new NotFoundError('Setting', key, 'key');
    if ((base.min != null && value < base.min) || (base.max != null && value > base.max)) {
      throw CommonErrors.input('value', 'OUT_OF_RANGE', `value: ${key} must be between ${base.min ?? '-∞'} and ${base.max ?? '∞'}`, { min: base.min, max: base.max });
    }
    let row = governmentId ? await em.findOne(Setting, { key, government: governmentId }) : base;
    if (row) {
      if (version !== null) checkVersion('Setting', row, version);
      row.value = value;
    } else {
      row = em.create(Setting, { key, value, government: governmentId, min: base.min, max: base.max, description: base.description, legalBasis: base.legalBasis });
    }
    await em.flush();
    this.ctx.loaders.clear();
    return { key, value, setting: row, overridden: !!governmentId };
  }
}
