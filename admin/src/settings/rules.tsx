// The configurable rule values (settings): national defaults, which a government may override.
// A government admin changes their government's value; a super admin the national default or,
// having picked a government, its override. Others read them.
import { Chip, MenuItem, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { request } from '../dataProvider/client';
import { SettingListDocument, SettingSetDocument } from '../gql/graphql';
import { defineTable, type TableSpec } from './ReferenceTable';

export interface RuleRow {
  id: string;
  version: number;
  key: string;
  value: number;
  overridden: boolean;
  min: number | null;
  max: number | null;
  description: string;
  legalBasis: string;
}

const range = (r: { min?: number | null; max?: number | null }) => `${r.min ?? '−∞'} – ${r.max ?? '∞'}`;

/** The rules in effect for a government (null: the national defaults). */
export function rulesTable(governmentId: string | null, toolbar?: ReactNode): TableSpec {
  return defineTable<RuleRow>({
    key: 'rules',
    queryKey: ['settings', governmentId],
    load: async () =>
      (await request(SettingListDocument, { governmentId })).settings.map((s) => ({
        id: s.key,
        version: s.setting.version,
        key: s.key,
        value: s.value,
        overridden: s.overridden,
        min: s.setting.min ?? null,
        max: s.setting.max ?? null,
        description: s.setting.description,
        legalBasis: s.setting.legalBasis,
      })),
    columns: [
      { source: 'description', render: (r) => <>{r.description}<br /><code style={{ fontSize: '0.75rem', opacity: 0.7 }}>{r.key}</code></> },
      { source: 'value', numeric: true },
      { source: 'range', render: (r) => <span style={{ whiteSpace: 'nowrap' }}>{range(r)}</span>, numeric: true },
      { source: 'overridden', render: (r, t) => <Chip size="small" variant={r.overridden ? 'filled' : 'outlined'} color={r.overridden ? 'primary' : 'default'} label={t(r.overridden ? 'asn.settings.government_value' : 'asn.settings.national_value')} /> },
      { source: 'legalBasis', small: true },
    ],
    editRoles: ['SUPER_ADMIN', 'GOV_ADMIN'],
    readOnlyNote: 'asn.settings.read_only',
    description: governmentId ? 'asn.settings.rules_government' : 'asn.settings.rules_national',
    toolbar,
    rowTitle: (r) => r.key,
    values: (r) => ({ value: r.value }),
    fields: (r) => [{ source: 'value', kind: 'number', required: true, helperText: 'asn.settings.hints.range', helperArgs: { range: range(r) } }],
    // The row's version guards an existing row: the national one, or the government's override.
    // The first override of a government creates its row, so there is no version to send.
    save: (r, v) =>
      request(SettingSetDocument, {
        input: { key: r.key, value: Number(v.value), governmentId, version: !governmentId || r.overridden ? r.version : null },
      }),
  });
}

/** A super admin's choice of whose values to show and change. */
export const GovernmentSelect = ({ value, onChange, governments, label, nationalLabel }: { value: string; onChange: (id: string) => void; governments: { id: string; name: string }[]; label: string; nationalLabel: string }) => (
  <TextField select size="small" label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 320, mb: 2 }}>
    <MenuItem value="">{nationalLabel}</MenuItem>
    {governments.map((g) => (
      <MenuItem key={g.id} value={g.id}>
        {g.name}
      </MenuItem>
    ))}
  </TextField>
);
