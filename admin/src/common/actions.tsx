import DownloadIcon from '@mui/icons-material/GetApp';
import { BulkDeleteButton, Button, CreateButton, EditButton, FilterButton, TopToolbar, useListContext, useNotify, useResourceDefinition } from 'react-admin';
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

/** CSV of the rows ticked in the list (any page), produced by the server like the whole-list export. */
export const BulkExportButton = () => {
  const { resource, selectedIds, sort } = useListContext();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const done = await exportList(resource, { filter: { ids: selectedIds.map(String) }, sort: sort?.field ? [{ field: sort.field, order: sort.order === 'DESC' ? 'DESC' : 'ASC' }] : undefined });
      if (!done) notify('asn.export.unavailable', { type: 'warning' });
    } catch (e) {
      notify('asn.export.failed', { type: 'error', messageArgs: { message: (e as Error).message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="asn.export.selected" onClick={run} disabled={busy || selectedIds.length === 0}>
      <DownloadIcon />
    </Button>
  );
};

/**
 * Actions on the ticked rows: export them; delete them (after confirmation) where deleting a
 * record on its own is safe and the role writes.
 */
export const BulkActions = ({ deletable = false, children }: { deletable?: boolean; children?: ReactNode }) => {
  const write = useCanWrite();
  return (
    <>
      <BulkExportButton />
      {write && children}
      {deletable && write && <BulkDeleteButton mutationMode="pessimistic" />}
    </>
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
