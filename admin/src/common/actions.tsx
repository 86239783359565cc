import DownloadIcon from '@mui/icons-material/GetApp';
import { BulkDeleteButton, Button, CreateButton, EditButton, FilterButton, TopToolbar, useListContext, useNotify, useResourceDefinition } from 'react-admin';
import type { ReactNode } from 'react';
import { exportList } from '../dataProvider';
import { useCanWrite } from './permissions';
import { messageOf, useAction } from './useConfirmedAction';

type ListSort = { field: string; order: string } | undefined;
const sortOf = (sort: ListSort) => (sort?.field ? [{ field: sort.field, order: sort.order === 'DESC' ? ('DESC' as const) : ('ASC' as const) }] : undefined);

/** Downloads a list from the server as CSV, telling the user when it cannot. */
function useExport(resource: string, filter: () => Record<string, unknown>, sort: ListSort) {
  const notify = useNotify();
  return useAction({
    run: async () => {
      if (!(await exportList(resource, { filter: filter(), sort: sortOf(sort) }))) notify('asn.export.unavailable', { type: 'warning' });
    },
    failure: (e) => ({ message: 'asn.export.failed', messageArgs: { message: messageOf(e) } }),
  });
}

/** CSV of the whole list (all pages, current filter and sort), produced by the server. */
export const ServerExportButton = () => {
  const { resource, filterValues, sort, total } = useListContext();
  const csv = useExport(resource, () => filterValues ?? {}, sort);
  return (
    <Button label="ra.action.export" onClick={csv.start} disabled={csv.busy || total === 0}>
      <DownloadIcon />
    </Button>
  );
};

/** CSV of the rows ticked in the list (any page), produced by the server like the whole-list export. */
export const BulkExportButton = () => {
  const { resource, selectedIds, sort } = useListContext();
  const csv = useExport(resource, () => ({ ids: selectedIds.map(String) }), sort);
  return (
    <Button label="asn.export.selected" onClick={csv.start} disabled={csv.busy || selectedIds.length === 0}>
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
