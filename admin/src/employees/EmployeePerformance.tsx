import AddIcon from '@mui/icons-material/Add';
import GradingIcon from '@mui/icons-material/Grading';
import { Alert, AlertTitle, Box, Card, CardContent, Chip, List, ListItem, ListItemText, MenuItem, Select, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { JpmCard } from '../assessments/JpmCard';
import { DeleteEntryButton } from '../common/EntryButtons';
import { LocalDate } from '../common/fields';
import { useCanWrite } from '../common/permissions';
import { request } from '../dataProvider/client';
import {
  EmployeeBehaviour360Document,
  EmployeeCoachingCompleteDocument,
  EmployeePerformanceDocument,
  EmployeePlanThreadDocument,
  EmployeeRecognitionDecideDocument,
  EmployeeTalentDocument,
  EmployeeTargetRemoveDocument,
  type EvaluationPeriod,
} from '../gql/graphql';
import { CoachingForm, ConfirmActionButton, EvaluateForm, PlanForm, TargetForm, type EvaluationResult } from './PerformanceForms';

const thisYear = new Date().getFullYear();

/** Tab: job-person match against the current position, from the latest assessment. */
export const CompetencyTab = () => {
  const record = useRecordContext<{ id: string }>();
  return record ? <JpmCard employeeId={record.id} /> : null;
};

const Thread = ({ planId }: { planId: string }) => {
  const translate = useTranslate();
  const { data, error } = useQuery({ queryKey: ['thread', planId], queryFn: () => request(EmployeePlanThreadDocument, { planId }) });
  if (error) return <Alert severity="info">{error.message}</Alert>;
  const items = data?.performancePlan.progress ?? [];
  if (!items.length) return <Typography color="text.secondary">{translate('asn.performance.no_feedback')}</Typography>;
  return (
    <List dense>
      {items.map((p) => (
        <ListItem key={p.id} sx={{ pl: p.replyToId ? 4 : 0 }}>
          <ListItemText
            primary={`${p.author.displayName}: ${p.text}${p.percent != null ? ` (${p.percent}%)` : ''}`}
            secondary={`${translate(`asn.enums.ProgressKind.${p.kind}`)} · ${new Date(p.createdAt).toLocaleString('id-ID')}`}
          />
        </ListItem>
      ))}
    </List>
  );
};

/** Which dialog of the performance tab is open. */
type Dialog = 'plan' | 'target' | 'evaluate' | 'coaching' | null;

/** The period to rate next: the first of this year's not rated yet. */
function nextPeriod(rated: readonly string[]): EvaluationPeriod {
  return (['Q1', 'Q2', 'Q3', 'Q4', 'ANNUAL'] as const).find((p) => !rated.includes(p)) ?? 'ANNUAL';
}

/** The predikat the server gave, with its reasons (the §4 matrix). */
const EvaluationResultAlert = ({ result, onClose }: { result: EvaluationResult; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Alert severity={result.predikat === 'SANGAT_BAIK' || result.predikat === 'BAIK' ? 'success' : 'warning'} onClose={onClose} role="status">
      <AlertTitle>
        {translate('asn.skp.result', { period: translate(`asn.enums.EvaluationPeriod.${result.period}`), predikat: result.predikatLabel })}
      </AlertTitle>
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

/** Tab: annual predikat per year, this year's plan with its targets, quarters and feedback, follow-ups. */
export const PerformanceTab = () => {
  const translate = useTranslate();
  const write = useCanWrite();
  const record = useRecordContext<{ id: string }>();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [result, setResult] = useState<EvaluationResult | null>(null);
  const { data, error, isPending } = useQuery({ enabled: !!record, queryKey: ['performance', record?.id], queryFn: () => request(EmployeePerformanceDocument, { employeeId: record!.id, year: thisYear }) });
  if (isPending) return <Typography>…</Typography>;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const plan = data.performancePlans.items[0];
  const e = { annualEvaluations: data.employee.annualEvaluations ?? [], recognitions: data.employee.recognitions ?? [], coachingPlans: data.employee.coachingPlans ?? [] };
  // Coaching follows an annual rating below Baik that has no coaching plan yet.
  const coachingYears = e.annualEvaluations.filter((a) => a.predikat !== 'SANGAT_BAIK' && a.predikat !== 'BAIK' && !e.coachingPlans.some((c) => c.year === a.year)).map((a) => a.year);
  const close = () => setDialog(null);
  return (
    <Stack spacing={2}>
      {result && <EvaluationResultAlert result={result} onClose={() => setResult(null)} />}
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6">{translate('asn.performance.annual')}</Typography>
          {e.annualEvaluations.length === 0 ? (
            <Typography color="text.secondary">{translate('asn.performance.none')}</Typography>
          ) : (
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
              {e.annualEvaluations.map((a) => (
                <Chip key={a.id} label={`${a.year}: ${a.predikatLabel}`} color={a.predikat === 'SANGAT_BAIK' ? 'success' : a.predikat === 'BAIK' ? 'primary' : 'warning'} variant="outlined" />
              ))}
            </Box>
          )}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
            <Typography variant="h6">
              {translate('asn.performance.plan')} {thisYear}
            </Typography>
            {write && !plan && <Button label="asn.skp.create_plan_button" startIcon={<AddIcon />} variant="outlined" onClick={() => setDialog('plan')} />}
            {write && plan && (
              <Stack direction="row" spacing={1}>
                <Button label="asn.skp.add_target" startIcon={<AddIcon />} variant="outlined" onClick={() => setDialog('target')} />
                <Button label="asn.skp.evaluate" startIcon={<GradingIcon />} variant="contained" onClick={() => setDialog('evaluate')} />
              </Stack>
            )}
          </Stack>
          {!plan ? (
            <Typography color="text.secondary">{translate('asn.performance.no_plan')}</Typography>
          ) : (
            <>
              <Typography variant="body2" color="text.secondary">
                {plan.positionTitle} · {translate('asn.performance.evaluator')}: {plan.evaluator.displayName} · {translate(`asn.enums.PlanStatus.${plan.status}`)}
              </Typography>
              {plan.expectations && <Typography sx={{ mt: 1 }}>{plan.expectations}</Typography>}
              <Table size="small" sx={{ mt: 1 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('asn.performance.target')}</TableCell>
                    <TableCell>{translate('asn.performance.indicator')}</TableCell>
                    <TableCell>{translate('asn.performance.target_value')}</TableCell>
                    {write && <TableCell align="right">{translate('asn.actions.actions')}</TableCell>}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {plan.targets.map((tg) => (
                    <TableRow key={tg.id}>
                      <TableCell>
                        {tg.description} {tg.kind === 'ADDITIONAL' && <Chip size="small" label={translate('asn.enums.TargetKind.ADDITIONAL')} />}
                      </TableCell>
                      <TableCell>{tg.indicator}</TableCell>
                      <TableCell>{tg.target}</TableCell>
                      {write && (
                        <TableCell align="right">
                          <DeleteEntryButton what={tg.description} remove={() => request(EmployeeTargetRemoveDocument, { id: tg.id, version: tg.version })} />
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 2 }}>
                {plan.evaluations.map((ev) => (
                  <Chip key={ev.id} label={`${translate(`asn.enums.EvaluationPeriod.${ev.period}`)}: ${ev.predikatLabel}`} />
                ))}
              </Box>
              <Typography variant="subtitle2" sx={{ mt: 2 }}>
                {translate('asn.performance.feedback')}
              </Typography>
              <Thread planId={plan.id} />
            </>
          )}
        </CardContent>
      </Card>
      {(e.recognitions.length > 0 || e.coachingPlans.length > 0 || (write && coachingYears.length > 0)) && (
        <Card variant="outlined">
          <CardContent>
            <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
              <Typography variant="h6">{translate('asn.performance.follow_up')}</Typography>
              {write && coachingYears.length > 0 && <Button label="asn.skp.create_coaching" startIcon={<AddIcon />} variant="outlined" onClick={() => setDialog('coaching')} />}
            </Stack>
            <List dense>
              {e.recognitions.map((r) => (
                <ListItem
                  key={r.id}
                  secondaryAction={
                    write &&
                    r.status === 'PROPOSED' && (
                      <Stack direction="row" spacing={1}>
                        <ConfirmActionButton
                          label="asn.skp.approve"
                          color="success"
                          title="asn.skp.approve_title"
                          content="asn.skp.decide_content"
                          run={() => request(EmployeeRecognitionDecideDocument, { id: r.id, version: r.version, status: 'APPROVED' })}
                        />
                        <ConfirmActionButton
                          label="asn.skp.reject"
                          color="error"
                          title="asn.skp.reject_title"
                          content="asn.skp.decide_content"
                          run={() => request(EmployeeRecognitionDecideDocument, { id: r.id, version: r.version, status: 'REJECTED' })}
                        />
                      </Stack>
                    )
                  }
                >
                  <ListItemText primary={`${r.year}: ${translate('asn.skp.recognition')} — ${translate(`asn.enums.RecognitionStatus.${r.status}`)}`} secondary={r.basis} sx={{ pr: write && r.status === 'PROPOSED' ? 24 : 0 }} />
                </ListItem>
              ))}
              {e.coachingPlans.map((c) => (
                <ListItem
                  key={c.id}
                  secondaryAction={
                    write &&
                    c.status === 'OPEN' && (
                      <ConfirmActionButton label="asn.skp.complete" title="asn.skp.complete_title" content="asn.skp.complete_content" run={() => request(EmployeeCoachingCompleteDocument, { id: c.id, version: c.version })} />
                    )
                  }
                >
                  <ListItemText
                    sx={{ pr: write && c.status === 'OPEN' ? 16 : 0 }}
                    primary={`${c.year}: ${translate('asn.skp.coaching')} (${translate(`asn.enums.CoachingStatus.${c.status}`)}) — ${c.goals} (${c.mentor.displayName})`}
                    secondary={
                      <>
                        {translate('asn.performance.review')}: <LocalDate value={c.reviewDate} /> · {c.recommendedTraining.join('; ')}
                      </>
                    }
                  />
                </ListItem>
              ))}
            </List>
          </CardContent>
        </Card>
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

/** Tab: the employee's place in the 9-box, with why and what to do. */
export const TalentTab = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const { data, error, isPending } = useQuery({ enabled: !!record, queryKey: ['talent', record?.id], queryFn: () => request(EmployeeTalentDocument, { employeeId: record!.id }) });
  if (isPending) return <Typography>…</Typography>;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const p = data.talentPlacement;
  return (
    <Card variant="outlined">
      <CardContent>
        {p.box ? (
          <>
            <Typography variant="h5">
              {translate('asn.talent.box')} {p.box.box}: {p.box.label}
            </Typography>
            {p.inSuccessionPool && <Chip color="success" label={translate('asn.talent.pool')} sx={{ mt: 1 }} />}
            <Typography sx={{ mt: 1 }}>
              {translate('asn.talent.actions')}: {p.box.actions}
            </Typography>
          </>
        ) : (
          <Typography color="text.secondary">{translate('asn.talent.unplaced')}</Typography>
        )}
        <Box component="ul">
          {p.reasons.map((r) => (
            <li key={r}>
              <Typography variant="body2">{r}</Typography>
            </li>
          ))}
        </Box>
        <Typography variant="caption" color="text.secondary">
          {translate('asn.common.legal_basis')}: {p.legalBasis}
        </Typography>
      </CardContent>
    </Card>
  );
};

/** Tab: 360-degree result, group aggregates only. */
export const Behaviour360Tab = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const [period, setPeriod] = useState<EvaluationPeriod>('Q2');
  const { data, error } = useQuery({ enabled: !!record, queryKey: ['360', record?.id, period], queryFn: () => request(EmployeeBehaviour360Document, { employeeId: record!.id, year: thisYear, period }) });
  return (
    <Stack spacing={2}>
      <Select size="small" value={period} onChange={(e) => setPeriod(e.target.value as EvaluationPeriod)} sx={{ width: 200 }}>
        {(['Q1', 'Q2', 'Q3', 'Q4', 'ANNUAL'] as const).map((p) => (
          <MenuItem key={p} value={p}>
            {translate(`asn.enums.EvaluationPeriod.${p}`)} {thisYear}
          </MenuItem>
        ))}
      </Select>
      {error && <Alert severity="error">{error.message}</Alert>}
      {data && (
        <>
          <Alert severity="info">{translate('asn.behaviour360.aggregate_only', { min: data.behaviour360Result.minRaters })}</Alert>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('asn.behaviour360.group')}</TableCell>
                <TableCell align="right">{translate('asn.behaviour360.raters')}</TableCell>
                <TableCell align="right">{translate('asn.behaviour360.average')}</TableCell>
                <TableCell>{translate('asn.behaviour360.note')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.behaviour360Result.groups.map((g) => (
                <TableRow key={g.group}>
                  <TableCell>{translate(`asn.enums.RaterGroup.${g.group}`)}</TableCell>
                  <TableCell align="right">{g.raters}</TableCell>
                  <TableCell align="right">{g.average ?? '—'}</TableCell>
                  <TableCell>{g.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Stack>
  );
};
