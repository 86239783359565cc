// Formasi proposals (usulan kebutuhan): drafted from the five-year plan, lines edited (count, kind,
// major, justification when over the plan), submitted, approved into the positions' formasi.
import { Alert, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, DataTable, NumberInput, SelectInput, TextInput, Title, required, useTranslate } from 'react-admin';
import { choices } from '../common/enums';
import { useEducationChoices } from '../common/reference';
import { DialogForm } from '../common/DialogForm';
import { ConfirmActionButton, EditEntryButton } from '../common/EntryButtons';
import { RowsTable } from '../common/RowsTable';
import { useAction } from '../common/useConfirmedAction';
import { sessionUser } from '../authProvider';
import { request } from '../dataProvider/client';
import { FormasiProposalCreateDocument, FormasiProposalSetLinesDocument, FormasiProposalsDocument, FormasiProposalTransitionDocument, type FormasiKind, type FormasiProposalItemFragment } from '../gql/graphql';
import { useFormat } from '../i18n/format';

type Proposal = FormasiProposalItemFragment;
type Line = Proposal['lines'][number];
const Col = DataTable.Col<Line>;
const nextYear = new Date().getFullYear() + 1;

const linesInput = (lines: Line[], replace?: { id: string; values: Record<string, unknown> }) =>
  lines.map((l) => {
    const v = replace && replace.id === l.id ? replace.values : {};
    return {
      positionId: l.position.id,
      count: Number(v.count ?? l.count),
      kind: (v.kind ?? l.kind) as FormasiKind,
      educationId: ((v.educationId ?? l.education?.id) as string | null) || undefined,
      major: ((v.major ?? l.major) as string | null) || undefined,
      justification: ((v.justification ?? l.justification) as string | null) || undefined,
    };
  });

const ProposalCard = ({ p, canEdit, reload }: { p: Proposal; canEdit: boolean; reload: () => void }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const [editing, setEditing] = useState<Line | null>(null);
  const education = useEducationChoices();
  const step = (action: 'SUBMIT' | 'APPROVE' | 'RETURN') => () => request(FormasiProposalTransitionDocument, { id: p.id, input: { version: p.version, action } }).then(reload);
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="proposal">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6">{translate('asn.workforce.proposal_year', { year: p.year })}</Typography>
          <Chip label={translate(`asn.enums.FormasiStatus.${p.status}`)} color={p.status === 'APPROVED' ? 'success' : p.status === 'SUBMITTED' ? 'info' : 'default'} />
        </Stack>
        {p.notes && <Typography variant="body2" color="text.secondary">{p.notes}</Typography>}
        {p.lines.length === 0 ? (
          <Typography color="text.secondary">{translate('asn.workforce.no_lines')}</Typography>
        ) : (
          <RowsTable rows={p.lines} resource="formasiLines" sx={{ mt: 1 }}>
            <Col label="asn.workforce.position" render={(l) => `${l.position.title} — ${l.position.unit.name}`} />
            <Col label="asn.workforce.count" render={(l) => fmt.num(l.count)} />
            <Col label="asn.workforce.kind" render={(l) => translate(`asn.enums.FormasiKind.${l.kind}`)} />
            <Col label="asn.workforce.education" render={(l) => [l.education?.code, l.major].filter(Boolean).join(' · ') || '—'} />
            <Col label="asn.workforce.justification" render={(l) => l.justification ?? '—'} />
            <Col label="asn.workforce.formasi" render={(l) => (l.formasiAfter === null ? fmt.num(l.position.plannedHeadcount) : translate('asn.workforce.formasi_change', { before: l.formasiBefore, after: l.formasiAfter }))} />
            {canEdit && p.status === 'DRAFT' && <Col label=" " render={(l) => <EditEntryButton onClick={() => setEditing(l)} />} />}
          </RowsTable>
        )}
        {canEdit && (
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            {p.status === 'DRAFT' && <ConfirmActionButton label="asn.workforce.submit" title="asn.workforce.confirm_title" content="asn.workforce.confirm_content" run={step('SUBMIT')} />}
            {p.status === 'SUBMITTED' && <ConfirmActionButton label="asn.workforce.approve" color="success" title="asn.workforce.confirm_title" content="asn.workforce.confirm_content" run={step('APPROVE')} />}
            {p.status === 'SUBMITTED' && <ConfirmActionButton label="asn.workforce.return" color="error" title="asn.workforce.confirm_title" content="asn.workforce.confirm_content" run={step('RETURN')} />}
          </Stack>
        )}
        <DialogForm
          open={!!editing}
          title="asn.workforce.edit_line"
          record={editing ? { count: editing.count, kind: editing.kind, educationId: editing.education?.id ?? '', major: editing.major ?? '', justification: editing.justification ?? '' } : undefined}
          fields={['count', 'kind', 'educationId', 'major', 'justification']}
          onClose={() => setEditing(null)}
          onSubmit={async (values) => {
            await request(FormasiProposalSetLinesDocument, { id: p.id, input: { version: p.version, lines: linesInput(p.lines, { id: editing!.id, values }) } });
            setEditing(null);
            reload();
          }}
        >
          <NumberInput source="count" label="asn.workforce.count" validate={required()} min={1} />
          <SelectInput source="kind" label="asn.workforce.kind" choices={choices('FormasiKind')} validate={required()} />
          <SelectInput source="educationId" label="asn.workforce.education" choices={education} />
          <TextInput source="major" label="asn.workforce.major" />
          <TextInput source="justification" label="asn.workforce.justification" multiline />
        </DialogForm>
      </CardContent>
    </Card>
  );
};

export const FormasiPage = () => {
  const translate = useTranslate();
  const role = sessionUser()?.role;
  const canEdit = role === 'SUPER_ADMIN' || role === 'GOV_ADMIN';
  const { data, error, refetch } = useQuery({ queryKey: ['formasiProposals'], queryFn: () => request(FormasiProposalsDocument, {}) });
  const reload = () => void refetch();
  const create = useAction({ run: () => request(FormasiProposalCreateDocument, { input: { year: nextYear, fromPlan: true } }), success: 'ra.notification.created', settled: reload });
  const proposals = data?.formasiProposals.items ?? [];
  return (
    <Card sx={{ mt: { xs: 1, sm: 2 } }}>
      <Title title="asn.workforce.proposals" />
      <CardContent>
        {canEdit && role === 'GOV_ADMIN' && !proposals.some((p) => p.year === nextYear) && (
          <Button label={translate('asn.workforce.create_proposal', { year: nextYear })} onClick={create.start} disabled={create.busy} variant="contained" sx={{ mb: 2 }} />
        )}
        {error && <Alert severity="error">{error.message}</Alert>}
        {!data && !error && <Typography>…</Typography>}
        {proposals.map((p) => (
          <ProposalCard key={p.id} p={p} canEdit={canEdit} reload={reload} />
        ))}
      </CardContent>
    </Card>
  );
};
