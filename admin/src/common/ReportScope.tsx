// The scope of a report page (DUK, 9-box, dashboard): a unit (with its sub-units) or the whole
// government. Accounts bound to no government (the super admin, a national analyst) pick one first.
import { MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { sessionUser } from '../authProvider';
import { useGovernments } from './reference';
import { UnitPicker, type UnitOption } from './UnitPicker';

export interface ReportScope {
  /** The account picks the government (it has none of its own). */
  choosesGovernment: boolean;
  /** The government reported on: the account's own, or the one picked (the first by default). */
  governmentId: string | null;
  governmentName: string;
  unit: UnitOption | null;
  setGovernmentId: (id: string) => void;
  setUnit: (unit: UnitOption | null) => void;
  /** Arguments of a scoped report query: the unit if one is picked, else the picked government (null: the account's own scope). */
  args: { unitId: string | null; governmentId: string | null };
}

export function useReportScope(enabled = true): ReportScope {
  const user = sessionUser();
  const choosesGovernment = enabled && !user?.government;
  const governments = useGovernments(choosesGovernment);
  const [chosen, setChosen] = useState<string | null>(null);
  const [unit, setUnit] = useState<UnitOption | null>(null);
  const governmentId = user?.government?.id ?? chosen ?? governments[0]?.id ?? null;
  const governmentName = user?.government?.name ?? governments.find((g) => g.id === governmentId)?.name ?? '';
  return {
    choosesGovernment,
    governmentId,
    governmentName,
    unit,
    setUnit,
    setGovernmentId: (id) => {
      setChosen(id);
      setUnit(null);
    },
    args: { unitId: unit?.id ?? null, governmentId: unit ? null : choosesGovernment ? governmentId : null },
  };
}

/** The government choice (when the account picks one) and the unit picker. */
export const ReportScopeFields = ({ scope, onChange, governmentLabel, unitLabel, unitHint }: { scope: ReportScope; onChange?: () => void; governmentLabel: string; unitLabel: string; unitHint: string }) => {
  const translate = useTranslate();
  const governments = useGovernments(scope.choosesGovernment);
  return (
    <>
      {scope.choosesGovernment && (
        <TextField
          select
          size="small"
          label={translate(governmentLabel)}
          value={scope.governmentId ?? ''}
          onChange={(ev) => {
            scope.setGovernmentId(ev.target.value);
            onChange?.();
          }}
          sx={{ width: { xs: '100%', sm: 300 } }}
        >
          {governments.map((g) => (
            <MenuItem key={g.id} value={g.id}>
              {g.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <UnitPicker
        value={scope.unit}
        onChange={(u) => {
          scope.setUnit(u);
          onChange?.();
        }}
        label={unitLabel}
        helperText={unitHint}
        governmentId={scope.governmentId}
      />
    </>
  );
};
