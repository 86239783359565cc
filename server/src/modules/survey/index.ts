export { SurveyElement } from './survey-element.entity.ts';
export { IkmGrade } from './ikm-grade.entity.ts';
export { PublicService } from './public-service.entity.ts';
export { Survey } from './survey.entity.ts';
export { SurveyResponse } from './survey-response.entity.ts';
export { Feedback } from './feedback.entity.ts';
export { SurveyIndexService } from './survey-index.service.ts';
export { minimumSample, surveyIndex } from './survey.rules.ts';
import { FeedbackResolver } from './feedback.resolver.ts';
import { PublicServiceResolver, SurveyReferenceResolver, SurveyResolver } from './survey.resolver.ts';
import { TransparencyResolver } from './transparency.resolver.ts';

export const surveyResolvers = [PublicServiceResolver, SurveyResolver, SurveyReferenceResolver, FeedbackResolver, TransparencyResolver] as const;

