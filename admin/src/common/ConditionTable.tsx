// The conditions of a rule, one row each: pass/fail, what was compared and the legal basis. Used for
// rank-promotion eligibility and for the requirements of a position's candidates, so an HR officer
// can read (and defend) why someone is or is not eligible.
import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { LocalDate } from './fields';

export interface Condition {
  code: string;
  description: string;
  actual: string;
  required: string;
  passed: boolean;
  legalBasis: string;
  passesOn?: string | null;
}

export const PassIcon = ({ passed }: { passed: boolean }) => {
  const translate = useTranslate();
  const label = translate(passed ? 'asn.conditions.passed' : 'asn.conditions.failed');
  return passed ? <CheckCircleIcon color="success" titleAccess={label} aria-label={label} /> : <CancelIcon color="error" titleAccess={label} aria-label={label} />;
};

/**
 * A table that scrolls sideways on narrow screens instead of squeezing its columns. Width 0 with
 * min-width 100%: its content does not widen the page (react-admin's layout grows to fit content).
 */
export const SCROLL_SX = { width: 0, minWidth: '100%', overflowX: 'auto' } as const;
export const ScrollBox = ({ children }: { children: ReactNode }) => <Box sx={SCROLL_SX}>{children}</Box>;

export const ConditionTable = ({ conditions, showPassesOn = false, size = 'medium' }: { conditions: Condition[]; showPassesOn?: boolean; size?: 'small' | 'medium' }) => {
  const translate = useTranslate();
  return (
    <ScrollBox>
      <Table size={size} sx={{ minWidth: 760 }} aria-label={translate('asn.conditions.title')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 48 }} />
            <TableCell>{translate('asn.conditions.condition')}</TableCell>
            <TableCell>{translate('asn.conditions.actual')}</TableCell>
            <TableCell>{translate('asn.conditions.required')}</TableCell>
            {showPassesOn && <TableCell>{translate('asn.conditions.passes_on')}</TableCell>}
            <TableCell>{translate('asn.common.legal_basis')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {conditions.map((c) => (
            <TableRow key={c.code} data-condition={c.code} data-passed={c.passed}>
              <TableCell>
                <PassIcon passed={c.passed} />
              </TableCell>
              <TableCell>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {translate(`asn.conditions.codes.${c.code}`, { _: c.code })}
                </Typography>
                <Typography variant="body2">{c.description}</Typography>
              </TableCell>
              <TableCell>{c.actual}</TableCell>
              <TableCell>{c.required}</TableCell>
              {showPassesOn && <TableCell sx={{ whiteSpace: 'nowrap' }}>{c.passesOn ? <LocalDate value={c.passesOn} /> : '—'}</TableCell>}
              <TableCell>
                <Typography variant="caption" color="text.secondary">
                  {c.legalBasis}
                </Typography>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollBox>
  );
};
