// The columns of the DUK: one PNS per row, in seniority order (the number is the server's).
import { Alert, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, Link, useListContext, useTranslate } from 'react-admin';
import { LocalDate } from '../common/fields';
import { ReportTable } from '../common/ReportList';
import type { DukEntry } from './duk.adapter';

/** Leadership training as its short name (PKA, PKN II ...); the full name on hover. */
const short = (kind: string) => kind.replace('_', ' ');

const Col = DataTable.Col<DukEntry>;
const nowrap = () => ({ whiteSpace: 'nowrap' });

/** A second, smaller line under a cell's value. */
const Caption = ({ children, nowrap: noWrap = false }: { children: ReactNode; nowrap?: boolean }) => (
  <Typography variant="caption" color="text.secondary" component="div" sx={noWrap ? { whiteSpace: 'nowrap' } : undefined}>
    {children}
  </Typography>
);

const Leadership = ({ e }: { e: DukEntry }) => {
  const translate = useTranslate();
  return (
    <>
      {e.leadershipTraining ? (
        <Tooltip title={translate(`asn.enums.QualificationKind.${e.leadershipTraining}`)}>
          <span>{short(e.leadershipTraining)}</span>
        </Tooltip>
      ) : (
        '—'
      )}
      {e.leadershipTrainingDate && <Caption>{e.leadershipTrainingDate.slice(0, 4)}</Caption>}
    </>
  );
};

export const DukTable = () => {
  const translate = useTranslate();
  const { data } = useListContext<DukEntry>();
  // Birth dates are personal data: the server sends them to administrators only.
  const showBirthDate = !!data?.some((e) => e.birthDate);
  return (
    <ReportTable<DukEntry>
      perPageOptions={[25, 50, 100]}
      minWidth={1200}
      aria-label={translate('asn.duk.title')}
      empty={
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('asn.duk.empty')}
        </Alert>
      }
    >
      <Col label="asn.duk.number" align="right" render={(e) => e.number} />
      <Col label="NIP" cellSx={nowrap} render={(e) => e.employee.nip} />
      <Col label="asn.duk.name" sx={{ minWidth: 170 }} render={(e) => <Link to={`/employees/${e.employee.id}/show`}>{e.employee.displayName}</Link>} />
      <Col
        label="asn.duk.rank"
        sx={{ minWidth: 150 }}
        render={(e) => (
          <>
            <strong>{e.rank?.code ?? '—'}</strong> {e.rank?.name ?? ''}
            <Caption nowrap>
              TMT <LocalDate value={e.rankTmt} />
            </Caption>
          </>
        )}
      />
      <Col
        label="asn.duk.position"
        sx={{ minWidth: 190 }}
        render={(e) => (
          <>
            {e.position?.title ?? '—'}
            {e.positionTmt && (
              <Caption nowrap>
                TMT <LocalDate value={e.positionTmt} />
              </Caption>
            )}
          </>
        )}
      />
      <Col label="asn.duk.unit" sx={{ minWidth: 150 }} render={(e) => e.unit?.name ?? '—'} />
      <Col label="asn.duk.service" cellSx={nowrap} render={(e) => translate('asn.duk.service_length', { years: e.serviceYears, months: e.serviceMonths })} />
      <Col label="asn.duk.leadership" cellSx={nowrap} render={(e) => <Leadership e={e} />} />
      <Col
        label="asn.duk.education"
        sx={{ minWidth: 150 }}
        render={(e) => (
          <>
            {e.education ?? '—'}
            {(e.major || e.graduationYear) && <Caption>{[e.major, e.graduationYear].filter(Boolean).join(', ')}</Caption>}
          </>
        )}
      />
      <Col label="asn.duk.age" align="right" render={(e) => e.age} />
      {showBirthDate && <Col label="asn.duk.birth_date" cellSx={nowrap} render={(e) => <LocalDate value={e.birthDate} />} />}
    </ReportTable>
  );
};
