// The year's SKP plan on the performance tab: who evaluates, its targets (administrators add and
// remove them), the periods rated so far, and the feedback thread.
import AddIcon from '@mui/icons-material/Add';
import GradingIcon from '@mui/icons-material/Grading';
import { Alert, Box, Card, CardContent, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Button, DataTable, useTranslate } from 'react-admin';
import { DeleteEntryButton } from '../common/EntryButtons';
import { RowsTable } from '../common/RowsTable';
import { request } from '../dataProvider/client';
import { EmployeePlanThreadDocument, EmployeeTargetRemoveDocument, type EmployeePerformanceQuery } from '../gql/graphql';
import { useFormat } from '../i18n/format';

export type Plan = EmployeePerformanceQuery['performancePlans']['items'][number];
type Target = Plan['targets'][number];
const Col = DataTable.Col<Target>;

const Thread = ({ planId }: { planId: string }) => {
  const translate = useTranslate();
  const fmt = useFormat();
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
            secondary={`${translate(`asn.enums.ProgressKind.${p.kind}`)} · ${fmt.dateTime(p.createdAt)}`}
          />
        </ListItem>
      ))}
    </List>
  );
};

const Targets = ({ targets, write }: { targets: Target[]; write: boolean }) => {
  const translate = useTranslate();
  return (
    <RowsTable<Target> rows={targets} resource="performanceTargets" hover={false} sx={{ mt: 1 }}>
      <Col
        label="asn.performance.target"
        render={(tg) => (
          <>
            {tg.description} {tg.kind === 'ADDITIONAL' && <Chip size="small" label={translate('asn.enums.TargetKind.ADDITIONAL')} />}
          </>
        )}
      />
      <Col label="asn.performance.indicator" render={(tg) => tg.indicator} />
      <Col label="asn.performance.target_value" render={(tg) => tg.target} />
      {write && (
        <Col
          label="asn.actions.actions"
          align="right"
          render={(tg) => <DeleteEntryButton what={tg.description} remove={() => request(EmployeeTargetRemoveDocument, { id: tg.id, version: tg.version })} />}
        />
      )}
    </RowsTable>
  );
};

export interface PlanCardProps {
  plan: Plan | undefined;
  year: number;
  write: boolean;
  onCreate: () => void;
  onAddTarget: () => void;
  onEvaluate: () => void;
}

export const PlanCard = ({ plan, year, write, onCreate, onAddTarget, onEvaluate }: PlanCardProps) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="h6">
            {translate('asn.performance.plan')} {year}
          </Typography>
          {write && !plan && <Button label="asn.skp.create_plan_button" startIcon={<AddIcon />} variant="outlined" onClick={onCreate} />}
          {write && plan && (
            <Stack direction="row" spacing={1}>
              <Button label="asn.skp.add_target" startIcon={<AddIcon />} variant="outlined" onClick={onAddTarget} />
              <Button label="asn.skp.evaluate" startIcon={<GradingIcon />} variant="contained" onClick={onEvaluate} />
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
            <Targets targets={plan.targets} write={write} />
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
  );
};
