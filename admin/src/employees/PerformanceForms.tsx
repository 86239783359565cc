// The SKP workflow on the employee's performance tab, for administrators: make the year's plan,
// add a target, rate a quarter or the year (the server computes the predikat), plan coaching.
// Each is a dialog; the server's field problems show next to their inputs (DialogForm).
import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, maxLength, minLength, required, useTranslate } from 'react-admin';
import { DialogForm } from '../common/DialogForm';
import { choices } from '../common/enums';
import { pick } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import {
  EmployeeCoachingCreateDocument,
  EmployeeEvaluateDocument,
  EmployeePlanCreateDocument,
  EmployeeTargetAddDocument,
  type CreateCoachingPlanInput,
  type CreatePlanInput,
  type EmployeeEvaluateMutation,
  type EvaluateInput,
  type EvaluationPeriod,
  type TargetInput,
} from '../gql/graphql';

export type EvaluationResult = EmployeeEvaluateMutation['evaluatePerformance'];

interface FormProps {
  open: boolean;
  onClose: () => void;
}

const Row = ({ children }: { children: ReactNode }) => <Box sx={{ display: 'flex', columnGap: 2, flexWrap: 'wrap' }}>{children}</Box>;

const EmployeeInput = ({ source, label, helperText }: { source: string; label: string; helperText?: string }) => (
  <ReferenceInput source={source} reference="employees">
    <AutocompleteInput label={label} helperText={helperText} optionText="displayName" filterToQuery={(q: string) => ({ q })} fullWidth />
  </ReferenceInput>
);

// ---- plan -----------------------------------------------------------------------------------------

const PLAN_FIELDS = ['year', 'evaluatorId', 'expectations'] as const;

export const PlanForm = ({ employeeId, year, open, onClose }: FormProps & { employeeId: string; year: number }) => {
  const translate = useTranslate();
  const submit = (values: Record<string, unknown>) => request(EmployeePlanCreateDocument, { input: { ...pick(values, PLAN_FIELDS), employeeId, year } as CreatePlanInput });
  return (
    <DialogForm open={open} title={translate('asn.skp.create_plan', { year })} record={{ year }} fields={[...PLAN_FIELDS, 'employeeId']} onClose={onClose} onSubmit={submit}>
      <EmployeeInput source="evaluatorId" label="asn.skp.evaluator" helperText="asn.skp.evaluator_hint" />
      <TextInput source="expectations" label="asn.skp.expectations" validate={maxLength(4000)} multiline minRows={3} fullWidth />
    </DialogForm>
  );
};

// ---- target ---------------------------------------------------------------------------------------

const TARGET_FIELDS = ['kind', 'description', 'indicator', 'target'] as const;

export const TargetForm = ({ planId, open, onClose }: FormProps & { planId: string }) => {
  const translate = useTranslate();
  const submit = (values: Record<string, unknown>) => request(EmployeeTargetAddDocument, { planId, input: pick(values, TARGET_FIELDS) as unknown as TargetInput });
  return (
    <DialogForm open={open} title={translate('asn.skp.add_target')} record={{ kind: 'MAIN' }} fields={[...TARGET_FIELDS, 'planId']} onClose={onClose} onSubmit={submit}>
      <SelectInput source="kind" label="asn.skp.kind" choices={choices('TargetKind')} validate={required()} fullWidth />
      <TextInput source="description" label="asn.performance.target" validate={[required(), minLength(3), maxLength(1000)]} multiline fullWidth />
      <TextInput source="indicator" label="asn.performance.indicator" validate={[required(), minLength(3), maxLength(1000)]} multiline fullWidth />
      <TextInput source="target" label="asn.performance.target_value" helperText="asn.skp.target_hint" validate={[required(), maxLength(200)]} fullWidth />
    </DialogForm>
  );
};

// ---- evaluation -----------------------------------------------------------------------------------

const EVALUATE_FIELDS = ['period', 'resultRating', 'behaviourRating', 'notes'] as const;

export const EvaluateForm = ({ planId, period, open, onClose, onDone }: FormProps & { planId: string; period: EvaluationPeriod; onDone: (r: EvaluationResult) => void }) => {
  const translate = useTranslate();
  const submit = async (values: Record<string, unknown>) => {
    const r = await request(EmployeeEvaluateDocument, { input: { ...pick(values, EVALUATE_FIELDS), planId } as EvaluateInput });
    onDone(r.evaluatePerformance);
    return r;
  };
  return (
    <DialogForm open={open} title={translate('asn.skp.evaluate')} record={{ period }} fields={[...EVALUATE_FIELDS, 'planId', 'evaluatorId']} onClose={onClose} onSubmit={submit}>
      <SelectInput source="period" label="resources.evaluations.fields.period" choices={choices('EvaluationPeriod')} validate={required()} fullWidth />
      <Row>
        <SelectInput source="resultRating" label="resources.evaluations.fields.resultRating" choices={choices('Expectation')} validate={required()} sx={{ minWidth: 240 }} />
        <SelectInput source="behaviourRating" label="resources.evaluations.fields.behaviourRating" choices={choices('Expectation')} validate={required()} sx={{ minWidth: 240 }} />
      </Row>
      <TextInput source="notes" label="resources.evaluations.fields.notes" validate={maxLength(4000)} multiline fullWidth />
    </DialogForm>
  );
};

// ---- coaching -------------------------------------------------------------------------------------

const COACHING_FIELDS = ['year', 'goals', 'mentorId', 'reviewDate'] as const;

export const CoachingForm = ({ employeeId, years, mentorId, open, onClose }: FormProps & { employeeId: string; years: number[]; mentorId?: string }) => {
  const translate = useTranslate();
  const submit = (values: Record<string, unknown>) => request(EmployeeCoachingCreateDocument, { input: { ...pick(values, COACHING_FIELDS), employeeId } as CreateCoachingPlanInput });
  return (
    <DialogForm open={open} title={translate('asn.skp.create_coaching')} record={{ year: years[0], mentorId }} fields={[...COACHING_FIELDS, 'employeeId']} onClose={onClose} onSubmit={submit}>
      <SelectInput source="year" label="resources.evaluations.fields.year" choices={years.map((y) => ({ id: y, name: String(y) }))} validate={required()} fullWidth />
      <TextInput source="goals" label="asn.skp.goals" validate={[required(), minLength(5), maxLength(4000)]} multiline minRows={2} fullWidth />
      <EmployeeInput source="mentorId" label="asn.skp.mentor" />
      <DateInput source="reviewDate" label="asn.performance.review" validate={required()} />
    </DialogForm>
  );
};
