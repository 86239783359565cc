// Picks one organisational unit by typing part of its name, outside a form (report pages and tabs
// whose scope is a unit or the whole government). Reads the `units` resource, so it sees what the
// user may see.
import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';

export interface UnitOption {
  id: string;
  name: string;
}

export const UnitPicker = ({ value, onChange, label, helperText, governmentId }: { value: UnitOption | null; onChange: (unit: UnitOption | null) => void; label: string; helperText?: string; governmentId?: string | null }) => {
  const translate = useTranslate();
  const [q, setQ] = useState('');
  const { data, isFetching } = useGetList<UnitOption & { parent?: { name: string } | null }>('units', {
    pagination: { page: 1, perPage: 20 },
    sort: { field: 'name', order: 'ASC' },
    filter: { ...(q ? { q } : {}), ...(governmentId ? { governmentId } : {}) },
  });
  return (
    <Autocomplete
      value={value}
      onChange={(_, unit) => onChange(unit ? { id: String(unit.id), name: unit.name } : null)}
      onInputChange={(_, text, reason) => {
        if (reason === 'input' || reason === 'clear') setQ(text);
      }}
      options={data ?? []}
      loading={isFetching}
      filterOptions={(x) => x}
      getOptionLabel={(u) => u.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={translate('ra.navigation.no_results')}
      renderInput={(params) => <TextField {...params} size="small" label={translate(label)} helperText={helperText ? translate(helperText) : undefined} />}
      sx={{ width: { xs: '100%', sm: 360 } }}
    />
  );
};
