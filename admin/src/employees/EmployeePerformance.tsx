// Tab "Kinerja": the annual predikat per year, this year's SKP plan (PerformancePlan.tsx) and the
// follow-ups of the ratings (PerformanceFollowUp.tsx); administrators open the SKP dialogs
// (PerformanceForms.tsx) from here.
import { Alert, AlertTitle, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { today, yearOf } from '@asn-merit/common';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useCanWrite } from '../common/permissions';
import { request } from '../dataProvider/client';
import { EmployeePerformanceDocument, type EmployeePerformanceQuery, type EvaluationPeriod } from '../gql/graphql';
import { CoachingForm, EvaluateForm, PlanForm, TargetForm, type EvaluationResult } from './PerformanceForms';
import { FollowUpCard } from './PerformanceFollowUp';
import { PlanCard } from './PerformancePlan';

const thisYear = yearOf(today());

/** Which dialog of the performance tab is open. */
type Dialog = 'plan' | 'target' | 'evaluate' | 'coaching' | null;

/** The period to rate next: the first of this year's not rated yet. */
function nextPeriod(rated: readonly string[]): EvaluationPeriod {
  return (['Q1', 'Q2', 'Q3', 'Q4', 'ANNUAL'] as const).find((p) => !rated.includes(p)) ?? 'ANNUAL';
}

/** Years rated below Baik that have no coaching plan yet: coaching follows such a rating. */
function yearsNeedingCoaching(e: EmployeePerformanceQuery['employee']): number[] {
  // (null lists: not visible to the viewer, as none)
  const coaching = e.coachingPlans ?? [];
  return (e.annualEvaluations ?? []).filter((a) => a.predikat !== 'SANGAT_BAIK' && a.predikat !== 'BAIK' && !coaching.some((c) => c.year === a.year)).map((a) => a.year);
}

/** The predikat the server gave, with its reasons (the §4 matrix). */
const EvaluationResultAlert = ({ result, onClose }: { result: EvaluationResult; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Alert severity={result.predikat === 'SANGAT_BAIK' || result.predikat === 'BAIK' ? 'success' : 'warning'} onClose={onClose} role="status">
      <AlertTitle>{translate('asn.skp.result', { period: translate(`asn.enums.EvaluationPeriod.${result.period}`), predikat: result.predikatLabel })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {result.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </Box>
      <Typography variant="caption">
        {translate('asn.common.legal_basis')}: {result.legalBasis}
      </Typography>
    </Alert>
  );
};

const AnnualCard = ({ evaluations }: { evaluations: NonNullable<EmployeePerformanceQuery['employee']['annualEvaluations']> }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6">{translate('asn.performance.annual')}</Typography>
        {evaluations.length === 0 ? (
          <Typography color="text.secondary">{translate('asn.performance.none')}</Typography>
        ) : (
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
            {evaluations.map((a) => (
              <Chip key={a.id} label={`${a.year}: ${a.predikatLabel}`} color={a.predikat === 'SANGAT_BAIK' ? 'success' : a.predikat === 'BAIK' ? 'primary' : 'warning'} variant="outlined" />
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

export const PerformanceTab = () => {
  const write = useCanWrite();
  const record = useRecordContext<{ id: string }>();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [result, setResult] = useState<EvaluationResult | null>(null);
  const { data, error, isPending } = useQuery({ enabled: !!record, queryKey: ['performance', record?.id], queryFn: () => request(EmployeePerformanceDocument, { employeeId: record!.id, year: thisYear }) });
  if (isPending) return <Typography>…</Typography>;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const plan = data.performancePlans.items[0];
  const e = data.employee;
  const coachingYears = yearsNeedingCoaching(e);
  const close = () => setDialog(null);
  return (
    <Stack spacing={2}>
      {result && <EvaluationResultAlert result={result} onClose={() => setResult(null)} />}
      <AnnualCard evaluations={e.annualEvaluations ?? []} />
      <PlanCard plan={plan} year={thisYear} write={write} onCreate={() => setDialog('plan')} onAddTarget={() => setDialog('target')} onEvaluate={() => setDialog('evaluate')} />
      {((e.recognitions?.length ?? 0) > 0 || (e.coachingPlans?.length ?? 0) > 0 || (write && coachingYears.length > 0)) && (
        <FollowUpCard employee={e} write={write} onCreateCoaching={write && coachingYears.length > 0 ? () => setDialog('coaching') : undefined} />
      )}
      {write && record && (
        <>
          <PlanForm employeeId={record.id} year={thisYear} open={dialog === 'plan'} onClose={close} />
          {plan && <TargetForm planId={plan.id} open={dialog === 'target'} onClose={close} />}
          {plan && (
            <EvaluateForm
              key={plan.evaluations.length}
              planId={plan.id}
              period={nextPeriod(plan.evaluations.map((ev) => ev.period))}
              open={dialog === 'evaluate'}
              onClose={close}
              onDone={setResult}
            />
          )}
          {coachingYears.length > 0 && <CoachingForm employeeId={record.id} years={coachingYears} mentorId={plan?.evaluator.id} open={dialog === 'coaching'} onClose={close} />}
        </>
      )}
    </Stack>
  );
};
