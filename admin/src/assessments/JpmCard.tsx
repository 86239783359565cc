import { Alert, Box, Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { request } from '../dataProvider/client';
import { EmployeeJpmDocument } from '../gql/graphql';
import { LocalDate } from '../common/fields';

/** The job-person match of an employee (their current position and latest assessment by default). */
export const JpmCard = ({ employeeId, assessmentId }: { employeeId: string; assessmentId?: string }) => {
  const translate = useTranslate();
  const { data, error, isPending } = useQuery({ queryKey: ['jpm', employeeId, assessmentId], queryFn: () => request(EmployeeJpmDocument, { employeeId, assessmentId }) });
  if (isPending) return <Typography>…</Typography>;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const m = data.jobPersonMatch;
  return (
    <Card variant="outlined">
      <CardContent>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h4">{m.percent.toLocaleString('id-ID')}%</Typography>
          {m.category && <Chip color={m.category.minPercent >= 78 ? 'success' : 'warning'} label={m.category.label} />}
          <Typography color="text.secondary">
            {translate('asn.jpm.against')}: {m.position?.title ?? '—'}
            {m.assessment && (
              <>
                {' · '}
                {translate('asn.jpm.assessed')} <LocalDate value={m.assessment.assessedOn} /> ({m.assessment.assessor})
              </>
            )}
          </Typography>
        </Box>
        {m.comparisons.length > 0 && (
          <Table size="small" sx={{ mt: 2 }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('asn.jpm.competency')}</TableCell>
                <TableCell align="right">{translate('asn.jpm.required')}</TableCell>
                <TableCell align="right">{translate('asn.jpm.assessed_level')}</TableCell>
                <TableCell align="right">{translate('asn.jpm.gap')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {m.comparisons.map((c) => (
                <TableRow key={c.competency.id} sx={c.gap > 0 ? { bgcolor: 'action.hover' } : undefined}>
                  <TableCell>
                    {c.competency.code} {c.competency.name}
                  </TableCell>
                  <TableCell align="right">{c.required}</TableCell>
                  <TableCell align="right">{c.assessed}</TableCell>
                  <TableCell align="right">{c.gap > 0 ? <strong>{c.gap}</strong> : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Box component="ul" sx={{ mt: 2, mb: 0 }}>
          {m.reasons.map((r) => (
            <li key={r}>
              <Typography variant="body2">{r}</Typography>
            </li>
          ))}
        </Box>
        <Typography variant="caption" color="text.secondary">
          {translate('asn.common.legal_basis')}: {m.legalBasis}
        </Typography>
      </CardContent>
    </Card>
  );
};
