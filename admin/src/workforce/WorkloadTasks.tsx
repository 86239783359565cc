// The tasks (uraian tugas) of an analysis, edited in place: each row saves on its own (with the
// version read); the totals under the table follow the values being typed.
import { MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, DataTable, useNotify, useTranslate } from 'react-admin';
import { DeleteEntryButton } from '../common/EntryButtons';
import { RowsTable } from '../common/RowsTable';
import { messageOf } from '../common/useConfirmedAction';
import { request } from '../dataProvider/client';
import { WorkloadTaskAddDocument, WorkloadTaskDeleteDocument, WorkloadTaskUpdateDocument, type WorkloadAnalysisItemFragment } from '../gql/graphql';
import { useFormat } from '../i18n/format';
import { taskMinutes, totals, type AbkValues, type Period } from './abk';

type Task = WorkloadAnalysisItemFragment['tasks'][number];
type Draft = { description: string; output: string; volume: string; period: Period; standardMinutes: string };
const PERIODS: Period[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];
const Col = DataTable.Col<Task>;

const draftOf = (t: Task): Draft => ({ description: t.description, output: t.output, volume: String(t.volume), period: t.period as Period, standardMinutes: String(t.standardMinutes) });
const numbers = (d: Draft) => ({ volume: Number(d.volume) || 0, period: d.period, standardMinutes: Number(d.standardMinutes) || 0 });

export const WorkloadTasks = ({ analysis, values, editable, onSaved }: { analysis: WorkloadAnalysisItemFragment; values: AbkValues; editable: boolean; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const fmt = useFormat();
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => Object.fromEntries(analysis.tasks.map((t) => [t.id, draftOf(t)])));
  const set = (id: string, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [id]: { ...d[id], ...patch } }));
  const dirty = (t: Task) => JSON.stringify(drafts[t.id]) !== JSON.stringify(draftOf(t));
  const save = async (t: Task) => {
    try {
      const d = drafts[t.id];
      await request(WorkloadTaskUpdateDocument, { id: t.id, input: { version: t.version, description: d.description, output: d.output, ...numbers(d) } });
      notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
      onSaved();
    } catch (e) {
      notify(messageOf(e), { type: 'error' });
    }
  };
  const add = async () => {
    try {
      await request(WorkloadTaskAddDocument, { input: { analysisId: analysis.id, description: translate('asn.workforce.description'), output: translate('asn.workforce.output'), volume: 1, period: 'DAY', standardMinutes: 1 } });
      onSaved();
    } catch (e) {
      notify(messageOf(e), { type: 'error' });
    }
  };
  const live = totals(analysis.tasks.map((t) => numbers(drafts[t.id] ?? draftOf(t))), values, analysis.computation.bezetting);
  const text = (t: Task, key: 'description' | 'output' | 'volume' | 'standardMinutes', width: number, type = 'text') =>
    editable ? (
      <TextField size="small" type={type} value={drafts[t.id]?.[key] ?? ''} onChange={(e) => set(t.id, { [key]: e.target.value })} sx={{ width }} slotProps={{ htmlInput: { 'aria-label': translate(`asn.workforce.${key === 'standardMinutes' ? 'minutes' : key}`) } }} />
    ) : (
      <span>{key === 'volume' || key === 'standardMinutes' ? fmt.num(Number(t[key])) : t[key]}</span>
    );
  return (
    <>
      <RowsTable rows={analysis.tasks} resource="workloadTasks" sx={{ mt: 2 }}>
        <Col label="asn.workforce.description" render={(t) => text(t, 'description', 320)} />
        <Col label="asn.workforce.output" render={(t) => text(t, 'output', 160)} />
        <Col label="asn.workforce.volume" render={(t) => text(t, 'volume', 90, 'number')} />
        <Col
          label="asn.workforce.period"
          render={(t) =>
            editable ? (
              <TextField select size="small" value={drafts[t.id]?.period ?? t.period} onChange={(e) => set(t.id, { period: e.target.value as Period })}>
                {PERIODS.map((p) => (
                  <MenuItem key={p} value={p}>
                    {translate(`asn.enums.WorkPeriod.${p}`)}
                  </MenuItem>
                ))}
              </TextField>
            ) : (
              translate(`asn.enums.WorkPeriod.${t.period}`)
            )
          }
        />
        <Col label="asn.workforce.minutes" render={(t) => text(t, 'standardMinutes', 90, 'number')} />
        <Col label="asn.workforce.workload" render={(t) => <span data-testid="task-workload">{fmt.num(taskMinutes(numbers(drafts[t.id] ?? draftOf(t)), values))}</span>} />
        {editable && (
          <Col
            label=" "
            render={(t) => (
              <>
                <Button label="asn.workforce.save" size="small" disabled={!dirty(t)} onClick={() => void save(t)} />
                <DeleteEntryButton what={t.description} remove={() => request(WorkloadTaskDeleteDocument, { id: t.id, version: t.version }).then(onSaved)} />
              </>
            )}
          />
        )}
      </RowsTable>
      {editable && <Button label="asn.workforce.add_task" onClick={() => void add()} sx={{ mt: 1 }} />}
      <Typography variant="body2" sx={{ mt: 1 }} data-testid="live-totals">
        {translate('asn.workforce.total_workload')}: {fmt.num(live.total)} · {translate('asn.workforce.required')}: {fmt.dec(live.required, 2)} ({translate('asn.workforce.required_rounded')} {live.rounded})
        {live.ej !== null && ` · EJ ${fmt.dec(live.ej, 2)}`}
      </Typography>
    </>
  );
};
