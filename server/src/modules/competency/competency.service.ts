import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { likeEscape } from '../../shared/list.ts';
import { assignGiven, checkVersion, viewerOf } from '../../shared/resolve.ts';
import { assertNotReadOnly, governmentScope, writableGovernment } from '../../shared/scope.ts';
import { query, sql } from '../../shared/sql.ts';
import { Position, PositionService } from '../position/index.ts';
import { CompetencyKind } from './competency.enums.ts';
import { Competency, PositionCompetency } from './competency.entity.ts';
import type { CompetencyFilter, CreateCompetencyInput, UpdateCompetencyInput } from './competency.inputs.ts';
import { standardSql } from './competency.sql.ts';

const DICTIONARY_BASIS = 'PermenPANRB 38/2017 tentang Standar Kompetensi Jabatan ASN';

export interface StandardRow {
  positionId: string;
  competencyId: string;
  requiredLevel: number;
  isDefault: boolean;
}

/** Competency standard per position (stored, else the typical levels), one statement per batch. */
export const standardLoader = (ctx: Context) =>
  ctx.loaders.get('competency.standard', (em) =>
    new DataLoader<string, StandardRow[]>(async (positionIds) => {
      const rows = await query<{ position_id: string; competency_id: string; required_level: number; is_default: boolean }>(
        em,
        sql`select s.*, c.code from (${standardSql(sql.list(positionIds))}) s join competency c on c.id = s.competency_id order by c.code`,
      );
      const by = new Map<string, StandardRow[]>();
      for (const r of rows) {
        const list = by.get(r.position_id) ?? [];
        list.push({ positionId: r.position_id, competencyId: r.competency_id, requiredLevel: r.required_level, isDefault: r.is_default });
        by.set(r.position_id, list);
      }
      return positionIds.map((id) => by.get(id) ?? []);
    }),
  );

export class CompetencyService {
  constructor(private readonly ctx: Context) {}

  /** The national dictionary plus the technical competencies of the viewer's government(s). */
  async list(filter: CompetencyFilter = {}): Promise<Competency[]> {
    const viewer = viewerOf(this.ctx);
    const scope = governmentScope(viewer);
    const qb = this.ctx.em.createQueryBuilder(Competency, 'c').select('*');
    const gov = filter.governmentId ?? scope;
    if (scope && filter.governmentId && filter.governmentId !== scope) throw new NotFoundError('Government', filter.governmentId, 'governmentId');
    qb.where(gov ? { $or: [{ government: null }, { government: gov }] } : {});
    if (filter.kind) qb.andWhere({ kind: filter.kind });
    if (filter.q) {
      const like = `%${likeEscape(filter.q.trim())}%`;
      qb.andWhere({ $or: [{ code: { $ilike: like } }, { name: { $ilike: like } }] });
    }
    return (await qb.orderBy([{ kind: 'asc' }, { code: 'asc' }]).execute('all', true)) as Competency[];
  }

  async create(input: CreateCompetencyInput): Promise<Competency> {
    const viewer = viewerOf(this.ctx);
    if (viewer.role !== Role.SUPER_ADMIN && viewer.role !== Role.GOV_ADMIN) throw CommonErrors.forbidden('ROLE', 'Only administrators of a government define its technical competencies');
    const governmentId = writableGovernment(viewer, input.governmentId);
    const em = this.ctx.em;
    if (await em.count(Competency, { $or: [{ government: null }, { government: governmentId }], code: input.code })) {
      throw CommonErrors.input('code', 'DUPLICATE', `code: competency ${input.code} already exists`);
    }
    const c = em.create(Competency, {
      government: governmentId,
      code: input.code,
      name: input.name,
      kind: CompetencyKind.TECHNICAL,
      description: input.description,
      levelDescriptions: input.levelDescriptions,
      legalBasis: input.legalBasis ?? DICTIONARY_BASIS,
    });
    await em.flush();
    return c;
  }

  /** National competencies are edited by a super admin, a government's technical ones by its admins. */
  async update(id: string, input: UpdateCompetencyInput): Promise<Competency> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    const c = await em.findOne(Competency, id);
    const scope = governmentScope(viewer);
    if (!c || (c.government && scope && c.government.id !== scope)) throw new NotFoundError('Competency', id);
    if (!c.government && viewer.role !== Role.SUPER_ADMIN) throw CommonErrors.forbidden('ROLE', 'Only a super admin edits the national dictionary');
    if (c.government && viewer.role !== Role.SUPER_ADMIN && viewer.role !== Role.GOV_ADMIN) throw CommonErrors.forbidden('ROLE', 'Only administrators edit competencies');
    checkVersion('Competency', c, input.version);
    assignGiven(c, input, ['name', 'description', 'levelDescriptions', 'legalBasis']);
    await em.flush();
    this.ctx.loaders.clear();
    return c;
  }

  // ---- position standards -----------------------------------------------------------------------

  async standard(positionId: string): Promise<StandardRow[]> {
    await new PositionService(this.ctx).get(positionId, 'positionId');
    return standardLoader(this.ctx).load(positionId);
  }

  /**
   * Sets the level a position requires of a competency. The first edit of a position that still
   * uses the typical levels stores them all, so the rest of its standard does not change.
   */
  async setLevel(positionId: string, competencyId: string, requiredLevel: number): Promise<StandardRow[]> {
    const position = await this.writablePosition(positionId);
    const em = this.ctx.em;
    const competency = await em.findOne(Competency, competencyId);
    if (!competency || (competency.government && competency.government.id !== position.government.id)) throw new NotFoundError('Competency', competencyId, 'competencyId');
    await em.transactional(async () => {
      const current = await standardLoader(this.ctx).load(positionId);
      if (current.length && current[0].isDefault) {
        for (const s of current) em.create(PositionCompetency, { government: position.government.id, position: positionId, competency: s.competencyId, requiredLevel: s.requiredLevel });
        await em.flush();
      }
      const row = await em.findOne(PositionCompetency, { position: positionId, competency: competencyId });
      if (row) row.requiredLevel = requiredLevel;
      else em.create(PositionCompetency, { government: position.government.id, position: positionId, competency: competencyId, requiredLevel });
      await em.flush();
    });
    this.ctx.loaders.clear();
    return standardLoader(this.ctx).load(positionId);
  }

  async removeLevel(positionId: string, competencyId: string): Promise<StandardRow[]> {
    await this.writablePosition(positionId);
    const em = this.ctx.em;
    const row = await em.findOne(PositionCompetency, { position: positionId, competency: competencyId });
    if (!row) throw new NotFoundError('Standard level', `${positionId}/${competencyId}`, 'competencyId');
    em.remove(row);
    await em.flush();
    this.ctx.loaders.clear();
    return standardLoader(this.ctx).load(positionId);
  }

  private async writablePosition(positionId: string): Promise<Position> {
    const viewer = viewerOf(this.ctx);
    assertNotReadOnly(viewer);
    await new PositionService(this.ctx).get(positionId, 'positionId');
    const position = await this.ctx.em.findOneOrFail(Position, positionId);
    writableGovernment(viewer, position.government.id, 'positionId');
    return position;
  }
}
