// The page of ranked candidates: one row each, opened to show their requirements and how their
// score is made (CandidateDetail). The rows are the `positionCandidates` resource's records.
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import { Alert, Chip, Collapse, IconButton, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { Children, createContext, useContext, useState, type ReactNode } from 'react';
import { DataTable, DataTableRow, Link, useRecordContext, useTranslate, type DataTableRowProps, type Identifier } from 'react-admin';
import { ReportTable } from '../common/ReportList';
import { tableBody } from '../common/RowsTable';
import { useFormat } from '../i18n/format';
import type { Candidate } from './candidates.adapter';
import { CandidateDetail } from './CandidateDetail';

const Col = DataTable.Col<Candidate>;

// Which rows are open: the table's own state (not kept when the tab is left).
const Opened = createContext<{ isOpen: (id: Identifier) => boolean; toggle: (id: Identifier) => void }>({ isOpen: () => false, toggle: () => undefined });

const OpenButton = () => {
  const translate = useTranslate();
  const candidate = useRecordContext<Candidate>()!;
  const { isOpen, toggle } = useContext(Opened);
  const open = isOpen(candidate.id);
  return (
    <IconButton size="small" aria-label={translate(open ? 'asn.candidates.hide_detail' : 'asn.candidates.show_detail')} aria-expanded={open} onClick={() => toggle(candidate.id)}>
      {open ? <KeyboardArrowUpIcon /> : <KeyboardArrowDownIcon />}
    </IconButton>
  );
};

/** The candidate's row, and under it their detail when opened. */
const CandidateRow = (props: DataTableRowProps) => {
  const candidate = useRecordContext<Candidate>()!;
  const open = useContext(Opened).isOpen(candidate.id);
  return (
    <>
      <DataTableRow {...props} data-testid="candidate-row" sx={{ '& > td': { borderBottom: open ? 'unset' : undefined } }} />
      <TableRow>
        <TableCell sx={{ py: 0 }} colSpan={Children.toArray(props.children).length}>
          <Collapse in={open} timeout="auto" unmountOnExit>
            <CandidateDetail candidate={candidate} />
          </Collapse>
        </TableCell>
      </TableRow>
    </>
  );
};
const CandidateBody = tableBody(CandidateRow);

const FailedRequirements = ({ candidate }: { candidate: Candidate }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {candidate.failedRequirements.map((r) => (
        <Chip key={r.code} size="small" color="error" variant="outlined" label={translate(`asn.conditions.codes.${r.code}`, { _: r.code })} title={`${r.description}: ${r.actual} (${r.required})`} />
      ))}
    </Stack>
  );
};

const Caption = ({ children }: { children: ReactNode }) => (
  <Typography variant="caption" color="text.secondary" component="div">
    {children}
  </Typography>
);

export const CandidateTable = ({ showFailed }: { showFailed: boolean }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const [opened, setOpened] = useState<ReadonlySet<Identifier>>(new Set());
  const toggle = (id: Identifier) =>
    setOpened((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const two = { maximumFractionDigits: 2 };
  return (
    <Opened.Provider value={{ isOpen: (id) => opened.has(id), toggle }}>
      <ReportTable<Candidate>
        perPageOptions={[10, 25, 50]}
        minWidth={900}
        body={CandidateBody}
        aria-label={translate('asn.candidates.title')}
        empty={<Alert severity="info">{translate('asn.candidates.none')}</Alert>}
      >
        <Col label={false} padding="checkbox" render={() => <OpenButton />} />
        <Col label="#" align="right" render={(c) => c.rank} />
        <Col
          label="asn.candidates.employee"
          render={(c) => (
            <>
              <Link to={`/employees/${c.employee.id}/show`}>{c.employee.displayName}</Link>
              <Caption>{c.employee.nip}</Caption>
            </>
          )}
        />
        <Col label="resources.employees.fields.currentRank" render={(c) => c.employee.currentRank?.rank.code ?? '—'} />
        <Col
          label="asn.candidates.current_position"
          render={(c) => (
            <>
              {c.employee.currentPosition?.title ?? '—'}
              <Caption>{c.employee.currentUnit?.name ?? ''}</Caption>
            </>
          )}
        />
        <Col label="asn.candidates.score" align="right" render={(c) => <strong>{fmt.num(c.score, two)}</strong>} />
        <Col label="JPM" align="right" render={(c) => (c.jpm != null ? `${fmt.num(c.jpm, two)}%` : '—')} />
        <Col label="asn.candidates.box" align="right" render={(c) => c.talentBox ?? '—'} />
        <Col label="asn.candidates.predikat" render={(c) => (c.latestPredikat ? translate(`asn.enums.Predikat.${c.latestPredikat}`) : '—')} />
        {showFailed && <Col label="asn.candidates.failed" render={(c) => <FailedRequirements candidate={c} />} />}
      </ReportTable>
    </Opened.Provider>
  );
};
