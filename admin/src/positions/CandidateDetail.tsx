// One candidate opened up: each requirement of the position (pass/fail, actual vs required, basis)
// and how their merit score is made (each component's value, weight and share of the score).
import { Box, Grid, TableCell, TableFooter, TableRow, Typography } from '@mui/material';
import { DataTable, RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { ConditionTable } from '../common/ConditionTable';
import { RowsTable } from '../common/RowsTable';
import { ScrollBox } from '../common/ScrollBox';
import { useFormat } from '../i18n/format';
import type { Candidate } from './candidates.adapter';

type Component = Candidate['components'][number] & { id: string };
const Col = DataTable.Col<Component>;
const two = { maximumFractionDigits: 2 };

/** The score itself, under its components (the candidate is the record in context). */
const ScoreTotal = () => {
  const translate = useTranslate();
  const fmt = useFormat();
  const candidate = useRecordContext<Candidate>();
  if (!candidate) return null;
  return (
    <TableFooter sx={{ '& td': { color: 'text.primary', typography: 'body2' } }}>
      <TableRow>
        <TableCell colSpan={3}>
          <strong>{translate('asn.candidates.score')}</strong>
        </TableCell>
        <TableCell align="right">
          <strong>{fmt.num(candidate.score, two)}</strong>
        </TableCell>
        <TableCell />
      </TableRow>
    </TableFooter>
  );
};

export const ScoreComponents = ({ candidate }: { candidate: Candidate }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const total = candidate.components.reduce((s, c) => s + c.weight, 0) || 1;
  return (
    <RecordContextProvider value={candidate}>
      <ScrollBox>
        <RowsTable<Component>
          rows={candidate.components.map((c) => ({ ...c, id: c.code }))}
          resource="scoreComponents"
          hover={false}
          foot={ScoreTotal}
          sx={{ '& .RaDataTable-table': { minWidth: 560 } }}
          aria-label={translate('asn.candidates.components')}
        >
          <Col label="asn.candidates.component" render={(c) => translate(`asn.candidates.weights.${c.code}`, { _: c.code })} />
          <Col label="asn.candidates.value" align="right" render={(c) => fmt.num(c.value, two)} />
          <Col label="asn.candidates.weight" align="right" render={(c) => fmt.num(c.weight, two)} />
          <Col label="asn.candidates.contribution" align="right" render={(c) => fmt.num((c.value * c.weight) / total, two)} />
          <Col label="asn.candidates.explanation" render={(c) => c.explanation} />
        </RowsTable>
      </ScrollBox>
    </RecordContextProvider>
  );
};

export const CandidateDetail = ({ candidate }: { candidate: Candidate }) => {
  const translate = useTranslate();
  return (
    <Grid container spacing={2} sx={{ py: 1 }}>
      <Grid size={{ xs: 12, xl: 7 }}>
        <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
          {translate('asn.candidates.requirements')}
        </Typography>
        {candidate.requirements.length ? (
          <ConditionTable conditions={candidate.requirements} size="small" />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('asn.candidates.no_requirements')}
          </Typography>
        )}
      </Grid>
      <Grid size={{ xs: 12, xl: 5 }}>
        <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
          {translate('asn.candidates.components')}
        </Typography>
        <Box>
          <ScoreComponents candidate={candidate} />
        </Box>
      </Grid>
    </Grid>
  );
};
