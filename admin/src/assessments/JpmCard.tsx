import { Alert, Box, Card, CardContent, Chip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { DataTable, useTranslate } from 'react-admin';
import { LocalDate } from '../common/fields';
import { Reasons } from '../common/Reasons';
import { RowsTable, rowPropsBody } from '../common/RowsTable';
import { request } from '../dataProvider/client';
import { EmployeeJpmDocument, type EmployeeJpmQuery } from '../gql/graphql';
import { useFormat } from '../i18n/format';

type Comparison = EmployeeJpmQuery['jobPersonMatch']['comparisons'][number] & { id: string };
const Col = DataTable.Col<Comparison>;
// A competency below the level required stands out.
const ComparisonBody = rowPropsBody<Comparison>((c) => ({ sx: c.gap > 0 ? { bgcolor: 'action.hover' } : undefined }));

/** The job-person match of an employee (their current position and latest assessment by default). */
export const JpmCard = ({ employeeId, assessmentId }: { employeeId: string; assessmentId?: string }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const { data, error, isPending } = useQuery({ queryKey: ['jpm', employeeId, assessmentId], queryFn: () => request(EmployeeJpmDocument, { employeeId, assessmentId }) });
  if (isPending) return <Typography>…</Typography>;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const m = data.jobPersonMatch;
  return (
    <Card variant="outlined">
      <CardContent>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h4">{fmt.num(m.percent)}%</Typography>
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
          <RowsTable<Comparison> rows={m.comparisons.map((c) => ({ ...c, id: c.competency.id }))} resource="jpmComparisons" hover={false} body={ComparisonBody} sx={{ mt: 2 }}>
            <Col label="asn.jpm.competency" render={(c) => `${c.competency.code} ${c.competency.name}`} />
            <Col label="asn.jpm.required" align="right" render={(c) => c.required} />
            <Col label="asn.jpm.assessed_level" align="right" render={(c) => c.assessed} />
            <Col label="asn.jpm.gap" align="right" render={(c) => (c.gap > 0 ? <strong>{c.gap}</strong> : '—')} />
          </RowsTable>
        )}
        <Reasons reasons={m.reasons} legalBasis={m.legalBasis} sx={{ mt: 2, mb: 0 }} />
      </CardContent>
    </Card>
  );
};
