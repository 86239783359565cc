import DownloadIcon from '@mui/icons-material/GetApp';
import { Button, CreateButton, EditButton, FilterButton, TopToolbar, useListContext, useNotify, useResourceDefinition } from 'react-admin';
import { useState, type ReactNode } from 'react';
import { exportList } from '../dataProvider';
import { useCanWrite } from './permissions';

/** CSV of the whole list (all pages, current filter and sort), produced by the server. */
export const ServerExportButton = () => {
  const { resource, filterValues, sort, total } = useListContext();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const done = await exportList(resource, { filter: filterValues ?? {}, sort: sort?.field ? [{ field: sort.field, order: sort.order === 'DESC' ? 'DESC' : 'ASC' }] : undefined });
      if (!done) notify('asn.export.unavailable', { type: 'warning' });
    } catch (e) {
      notify('asn.export.failed', { type: 'error', messageArgs: { message: (e as Error).message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="ra.action.export" onClick={run} disabled={busy || total === 0}>
      <DownloadIcon />
    </Button>
  );
};

/** List toolbar: filters, create (for roles that write), CSV export. */
export const ListActions = ({ children }: { children?: ReactNode }) => {
  const write = useCanWrite();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {write && hasCreate && <CreateButton />}
      <ServerExportButton />
      {children}
    </TopToolbar>
  );
};

/** Show toolbar: edit for roles that write, plus any extra actions. */
export const ShowActions = ({ children }: { children?: ReactNode }) => {
  const write = useCanWrite();
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      {write && hasEdit && <EditButton />}
      {children}
    </TopToolbar>
  );
};
