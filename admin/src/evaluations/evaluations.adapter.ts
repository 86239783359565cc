import { cleanFilter, type ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import { EvaluationGetDocument, EvaluationListDocument, type EvaluationFilterInput } from '../gql/graphql';

export const adapter: ResourceAdapter = {
  async list({ limit, offset, filter }) {
    const { predikat, ...rest } = cleanFilter(filter);
    const f = rest as EvaluationFilterInput;
    if (predikat) f.predikats = [predikat] as EvaluationFilterInput['predikats'];
    if (f.year != null) f.year = Number(f.year);
    const data = await request(EvaluationListDocument, { limit, offset, filter: f });
    return { data: data.performanceEvaluations.items, total: data.performanceEvaluations.total };
  },
  async one(id) {
    return (await request(EvaluationGetDocument, { id })).performanceEvaluation;
  },
};
