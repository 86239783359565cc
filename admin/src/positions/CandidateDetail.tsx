// One candidate opened up: each requirement of the position (pass/fail, actual vs required, basis)
// and how their merit score is made (each component's value, weight and share of the score).
import { Box, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ConditionTable, ScrollBox } from '../common/ConditionTable';
import type { PositionCandidatesQuery } from '../gql/graphql';

export type Candidate = PositionCandidatesQuery['positionCandidates']['items'][number];

const number = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 2 });

export const ScoreComponents = ({ candidate }: { candidate: Candidate }) => {
  const translate = useTranslate();
  const total = candidate.components.reduce((s, c) => s + c.weight, 0) || 1;
  return (
    <ScrollBox>
      <Table size="small" sx={{ minWidth: 560 }} aria-label={translate('asn.candidates.components')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('asn.candidates.component')}</TableCell>
            <TableCell align="right">{translate('asn.candidates.value')}</TableCell>
            <TableCell align="right">{translate('asn.candidates.weight')}</TableCell>
            <TableCell align="right">{translate('asn.candidates.contribution')}</TableCell>
            <TableCell>{translate('asn.candidates.explanation')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {candidate.components.map((c) => (
            <TableRow key={c.code}>
              <TableCell>{translate(`asn.candidates.weights.${c.code}`, { _: c.code })}</TableCell>
              <TableCell align="right">{number(c.value)}</TableCell>
              <TableCell align="right">{number(c.weight)}</TableCell>
              <TableCell align="right">{number((c.value * c.weight) / total)}</TableCell>
              <TableCell>{c.explanation}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell colSpan={3}>
              <strong>{translate('asn.candidates.score')}</strong>
            </TableCell>
            <TableCell align="right">
              <strong>{number(candidate.score)}</strong>
            </TableCell>
            <TableCell />
          </TableRow>
        </TableBody>
      </Table>
    </ScrollBox>
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
