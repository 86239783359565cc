// The conditions of a rule, one row each: pass/fail, what was compared and the legal basis. Used for
// rank-promotion eligibility and for the requirements of a position's candidates, so an HR officer
// can read (and defend) why someone is or is not eligible.
import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Typography } from '@mui/material';
import { DataTable, useTranslate } from 'react-admin';
import { LocalDate } from './fields';
import { RowsTable, rowPropsBody } from './RowsTable';
import { ScrollBox } from './ScrollBox';

export interface Condition {
  code: string;
  description: string;
  actual: string;
  required: string;
  passed: boolean;
  legalBasis: string;
  passesOn?: string | null;
}

type Row = Condition & { id: string };
const Col = DataTable.Col<Row>;
const ConditionBody = rowPropsBody<Row>((c) => ({ 'data-condition': c.code, 'data-passed': c.passed }));

export const PassIcon = ({ passed }: { passed: boolean }) => {
  const translate = useTranslate();
  const label = translate(passed ? 'asn.conditions.passed' : 'asn.conditions.failed');
  return passed ? <CheckCircleIcon color="success" titleAccess={label} aria-label={label} /> : <CancelIcon color="error" titleAccess={label} aria-label={label} />;
};

const Condition = ({ c }: { c: Row }) => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate(`asn.conditions.codes.${c.code}`, { _: c.code })}
      </Typography>
      <Typography variant="body2">{c.description}</Typography>
    </>
  );
};

export const ConditionTable = ({ conditions, showPassesOn = false, size = 'medium' }: { conditions: Condition[]; showPassesOn?: boolean; size?: 'small' | 'medium' }) => {
  const translate = useTranslate();
  return (
    <ScrollBox>
      <RowsTable<Row>
        rows={conditions.map((c) => ({ ...c, id: c.code }))}
        resource="conditions"
        size={size}
        hover={false}
        body={ConditionBody}
        sx={{ '& .RaDataTable-table': { minWidth: 760 } }}
        aria-label={translate('asn.conditions.title')}
      >
        <Col label={false} sx={{ width: 48 }} render={(c) => <PassIcon passed={c.passed} />} />
        <Col label="asn.conditions.condition" render={(c) => <Condition c={c} />} />
        <Col label="asn.conditions.actual" render={(c) => c.actual} />
        <Col label="asn.conditions.required" render={(c) => c.required} />
        {showPassesOn && <Col label="asn.conditions.passes_on" cellSx={() => ({ whiteSpace: 'nowrap' })} render={(c) => (c.passesOn ? <LocalDate value={c.passesOn} /> : '—')} />}
        <Col
          label="asn.common.legal_basis"
          render={(c) => (
            <Typography variant="caption" color="text.secondary">
              {c.legalBasis}
            </Typography>
          )}
        />
      </RowsTable>
    </ScrollBox>
  );
};
