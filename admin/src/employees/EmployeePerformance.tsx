import { Alert, Box, Card, CardContent, Chip, List, ListItem, ListItemText, MenuItem, Select, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { JpmCard } from '../assessments/JpmCard';
import { LocalDate } from '../common/fields';
import { request } from '../dataProvider/client';
import { EmployeeBehaviour360Document, EmployeePerformanceDocument, EmployeePlanThreadDocument, EmployeeTalentDocument, type EvaluationPeriod } from '../gql/graphql';

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

/** Tab: annual predikat per year, this year's plan with its targets, quarters and feedback, follow-ups. */
export const PerformanceTab = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const { data, error, isPending } = useQuery({ enabled: !!record, queryKey: ['performance', record?.id], queryFn: () => request(EmployeePerformanceDocument, { employeeId: record!.id, year: thisYear }) });
  if (isPending) return <Typography>…</Typography>;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const plan = data.performancePlans.items[0];
  const e = data.employee;
  return (
    <Stack spacing={2}>
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
          <Typography variant="h6">
            {translate('asn.performance.plan')} {thisYear}
          </Typography>
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
      {(e.recognitions.length > 0 || e.coachingPlans.length > 0) && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6">{translate('asn.performance.follow_up')}</Typography>
            <List dense>
              {e.recognitions.map((r) => (
                <ListItem key={r.id}>
                  <ListItemText primary={`${r.year}: ${translate(`asn.enums.RecognitionStatus.${r.status}`)}`} secondary={r.basis} />
                </ListItem>
              ))}
              {e.coachingPlans.map((c) => (
                <ListItem key={c.id}>
                  <ListItemText
                    primary={`${c.year}: ${c.goals} (${c.mentor.displayName})`}
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
