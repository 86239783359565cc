import { Alert, MenuItem, Select, Stack } from '@mui/material';
import { today, yearOf } from '@asn-merit/common';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, useRecordContext, useTranslate } from 'react-admin';
import { RowsTable } from '../common/RowsTable';
import { request } from '../dataProvider/client';
import { EmployeeBehaviour360Document, type EmployeeBehaviour360Query, type EvaluationPeriod } from '../gql/graphql';

const thisYear = yearOf(today());
type Group = EmployeeBehaviour360Query['behaviour360Result']['groups'][number] & { id: string };
const Col = DataTable.Col<Group>;

/** Tab "360°": the raters' result per group, aggregates only (a group under the minimum is withheld). */
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
          <RowsTable<Group> rows={data.behaviour360Result.groups.map((g) => ({ ...g, id: g.group }))} resource="behaviour360Groups" hover={false}>
            <Col label="asn.behaviour360.group" render={(g) => translate(`asn.enums.RaterGroup.${g.group}`)} />
            <Col label="asn.behaviour360.raters" align="right" render={(g) => g.raters} />
            <Col label="asn.behaviour360.average" align="right" render={(g) => g.average ?? '—'} />
            <Col label="asn.behaviour360.note" render={(g) => g.reason} />
          </RowsTable>
        </>
      )}
    </Stack>
  );
};
