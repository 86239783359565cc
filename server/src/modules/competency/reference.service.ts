// The competency module's national reference tables (§5-§6): registered once, read and changed here.
import type { Context } from '../../context.ts';
import { referenceTable, updateReference } from '../../shared/reference.ts';
import { CompetencyLevelDefault } from './competency.entity.ts';
import { JpmCategory } from './jpm-category.entity.ts';
import type { UpdateCompetencyLevelDefaultInput, UpdateJpmCategoryInput } from './reference.inputs.ts';

export const JPM_CATEGORIES = referenceTable({ name: 'JpmCategory', module: 'competency', query: 'jpmCategories', entity: JpmCategory });
export const COMPETENCY_LEVEL_DEFAULTS = referenceTable({ name: 'CompetencyLevelDefault', module: 'competency', query: 'competencyLevelDefaults', entity: CompetencyLevelDefault });

export class CompetencyReferenceService {
  constructor(private readonly ctx: Context) {}

  jpmCategories() {
    return this.ctx.em.createQueryBuilder(JpmCategory).select('*').orderBy([{ purpose: 'asc' }, { minPercent: 'desc' }]).execute<JpmCategory[]>('all', true);
  }

  competencyLevelDefaults() {
    return this.ctx.em.createQueryBuilder(CompetencyLevelDefault).select('*').orderBy([{ positionKind: 'asc' }, { functionalLevel: 'asc' }]).execute<CompetencyLevelDefault[]>('all', true);
  }

  updateJpmCategory(id: string, input: UpdateJpmCategoryInput) {
    return updateReference(this.ctx, JPM_CATEGORIES, id, input.version, (row) => {
      row.minPercent = input.minPercent;
      if (input.label !== undefined) row.label = input.label.trim();
    });
  }

  updateCompetencyLevelDefault(id: string, input: UpdateCompetencyLevelDefaultInput) {
    return updateReference(this.ctx, COMPETENCY_LEVEL_DEFAULTS, id, input.version, (row) => {
      row.requiredLevel = input.requiredLevel;
    });
  }
}
