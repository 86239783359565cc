// The talent module's national reference tables (§7): registered once, read and changed here.
// Potential cut-offs are settings, not a table.
import type { Context } from '../../context.ts';
import { referenceTable, updateReference } from '../../shared/reference.ts';
import type { UpdateTalentBoxInput, UpdateTalentPerformanceLevelInput } from './reference.inputs.ts';
import { TalentBox, TalentPerformanceLevel } from './talent.entity.ts';

export const TALENT_BOXES = referenceTable({ name: 'TalentBox', module: 'talent', query: 'talentBoxes', entity: TalentBox });
export const TALENT_PERFORMANCE_LEVELS = referenceTable({ name: 'TalentPerformanceLevel', module: 'talent', query: 'talentPerformanceLevels', entity: TalentPerformanceLevel });

export class TalentReferenceService {
  constructor(private readonly ctx: Context) {}

  talentBoxes() {
    return this.ctx.em.createQueryBuilder(TalentBox).select('*').orderBy({ box: 'desc' }).execute<TalentBox[]>('all', true);
  }

  talentPerformanceLevels() {
    return this.ctx.em.createQueryBuilder(TalentPerformanceLevel).select('*').execute<TalentPerformanceLevel[]>('all', true);
  }

  updateTalentBox(id: string, input: UpdateTalentBoxInput) {
    return updateReference(this.ctx, TALENT_BOXES, id, input.version, (row) => {
      if (input.label !== undefined) row.label = input.label.trim();
      if (input.actions !== undefined) row.actions = input.actions.trim();
    });
  }

  updateTalentPerformanceLevel(id: string, input: UpdateTalentPerformanceLevelInput) {
    return updateReference(this.ctx, TALENT_PERFORMANCE_LEVELS, id, input.version, (row) => {
      row.performance = input.performance;
    });
  }
}
