// The ABK tab of a position: the analyses by year and revision, the chosen one's tasks (edited in
// place, totals live), its computation with the terms, and the workflow buttons.
import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ConfirmActionButton } from '../common/EntryButtons';
import { useCanWrite } from '../common/permissions';
import { useAction } from '../common/useConfirmedAction';
import { request } from '../dataProvider/client';
import { PositionWorkloadDocument, WorkloadAnalysisCreateDocument, WorkloadAnalysisReviseDocument, WorkloadAnalysisTransitionDocument, type WorkloadAnalysisItemFragment } from '../gql/graphql';
import { abkValues } from './abk';
import { WorkloadTasks } from './WorkloadTasks';
import { WorkloadTotals } from './WorkloadTotals';

const thisYear = new Date().getFullYear();

export const PositionWorkload = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const position = useRecordContext<{ id: string }>();
  const canWrite = useCanWrite();
  const [chosen, setChosen] = useState<string | null>(null);
  const { data, error, refetch } = useQuery({ enabled: !!position, queryKey: ['positionWorkload', position?.id], queryFn: () => request(PositionWorkloadDocument, { positionId: position!.id }) });
  const reload = () => {
    void refetch();
    refresh();
  };
  const create = useAction({ run: () => request(WorkloadAnalysisCreateDocument, { input: { positionId: position!.id, year: thisYear } }), success: 'ra.notification.created', settled: reload });
  if (!position) return null;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data) return <Typography>…</Typography>;
  const analyses = data.workloadAnalyses.items;
  const current: WorkloadAnalysisItemFragment | undefined = analyses.find((a) => a.id === chosen) ?? analyses[0];
  const values = abkValues(data.settings);
  const hasThisYear = analyses.some((a) => a.year === thisYear && (a.status === 'DRAFT' || a.status === 'REVIEWED' || a.status === 'APPROVED'));
  return (
    <Box data-testid="workload">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2, alignItems: 'center' }}>
        {analyses.map((a) => (
          <Chip
            key={a.id}
            label={`${a.year} · ${translate('asn.workforce.revision', { revision: a.revision })} · ${translate(`asn.enums.AbkStatus.${a.status}`)}`}
            color={a.status === 'APPROVED' ? 'success' : a.status === 'SUPERSEDED' ? 'default' : 'warning'}
            variant={a.id === current?.id ? 'filled' : 'outlined'}
            onClick={() => setChosen(a.id)}
          />
        ))}
        {canWrite && !hasThisYear && <Button label={translate('asn.workforce.create', { year: thisYear })} onClick={create.start} disabled={create.busy} variant="contained" />}
      </Stack>
      {!current ? (
        <Typography color="text.secondary">{translate('asn.workforce.none', { year: thisYear })}</Typography>
      ) : (
        <>
          <Typography variant="h6" component="h2">
            {translate('asn.workforce.abk_title', { year: current.year })} · {translate(`asn.enums.AbkStatus.${current.status}`)}
          </Typography>
          {current.approvedByName && (
            <Typography variant="body2" color="text.secondary">
              {translate('asn.workforce.approved_by', { name: current.approvedByName })}
            </Typography>
          )}
          <WorkloadTasks key={current.id} analysis={current} values={values} editable={canWrite && current.status === 'DRAFT'} onSaved={reload} />
          <WorkloadTotals analysis={current} />
          {canWrite && <Workflow analysis={current} onDone={reload} />}
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
            {current.computation.legalBasis}
          </Typography>
        </>
      )}
    </Box>
  );
};

/** The buttons of the workflow the analysis is at (the server refuses what the role may not do). */
const Workflow = ({ analysis, onDone }: { analysis: WorkloadAnalysisItemFragment; onDone: () => void }) => {
  const step = (action: 'REVIEW' | 'APPROVE' | 'RETURN') => async () => {
    await request(WorkloadAnalysisTransitionDocument, { id: analysis.id, input: { version: analysis.version, action } });
    onDone();
  };
  const revise = async () => {
    await request(WorkloadAnalysisReviseDocument, { id: analysis.id });
    onDone();
  };
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
      {analysis.status === 'DRAFT' && <ConfirmActionButton label="asn.workforce.review" title="asn.workforce.confirm_title" content="asn.workforce.confirm_content" run={step('REVIEW')} />}
      {analysis.status === 'REVIEWED' && <ConfirmActionButton label="asn.workforce.approve" color="success" title="asn.workforce.confirm_title" content="asn.workforce.confirm_content" run={step('APPROVE')} />}
      {analysis.status === 'REVIEWED' && <ConfirmActionButton label="asn.workforce.return" color="error" title="asn.workforce.confirm_title" content="asn.workforce.confirm_content" run={step('RETURN')} />}
      {analysis.status === 'APPROVED' && <ConfirmActionButton label="asn.workforce.revise" title="asn.workforce.confirm_title" content="asn.workforce.confirm_content" run={revise} />}
    </Stack>
  );
};
