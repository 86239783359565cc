// A server-paginated report (DUK, the employees of a 9-box, a position's candidates) on
// react-admin's list machinery: ListBase asks the data provider for the report's resource (its
// adapter calls the report query with the list's filter, page and page size), DataTable draws the
// page and Pagination moves through it. The page and page size are the page's own state, as a
// report's were before (the URL keeps what the page itself puts there, e.g. the 9-box's box).
import { Alert, Box, Typography } from '@mui/material';
import { useEffect, useRef, type ReactNode } from 'react';
import { DataTable, ListBase, Pagination, useListContext, type DataTableProps, type RaRecord } from 'react-admin';
import { ScrollBox } from './ScrollBox';

export interface ReportListBaseProps {
  /** The report's data provider resource (dataProvider/index.ts). */
  resource: string;
  /** The report's arguments; a change goes back to the first page. */
  filter: Record<string, unknown>;
  perPage: number;
  /** False while the arguments are incomplete (no government picked yet, a half-typed date). */
  enabled?: boolean;
  children: ReactNode;
}

// Errors show in the page (ReportError), not also as a notification.
const quiet = () => undefined;

export const ReportListBase = ({ resource, filter, perPage, enabled = true, children }: ReportListBaseProps) => (
  <ListBase resource={resource} filter={filter} perPage={perPage} disableSyncWithLocation storeKey={false} queryOptions={{ enabled, onError: quiet }}>
    <FirstPageOnChange filter={filter} />
    {children}
  </ListBase>
);

/** Back to the first page when the report's arguments change, as a list does when its filter changes. */
const FirstPageOnChange = ({ filter }: { filter: Record<string, unknown> }) => {
  const { page, setPage } = useListContext();
  const key = JSON.stringify(filter);
  const last = useRef(key);
  useEffect(() => {
    if (last.current === key) return;
    last.current = key;
    if (page !== 1) setPage(1);
  }, [key, page, setPage]);
  return null;
};

/** The report's error, in place. */
export const ReportError = () => {
  const { error } = useListContext();
  return error ? <Alert severity="error">{error.message}</Alert> : null;
};

export interface ReportTableProps<R extends RaRecord> extends DataTableProps<R> {
  /** Page sizes offered (the first few multiples of the default). */
  perPageOptions: number[];
  /** The table's own minimum width: it scrolls sideways in a narrower card. */
  minWidth?: number;
  children: ReactNode;
}

/**
 * The page of the report (dimmed while the next one loads) and its pagination. Until the first
 * page arrives it shows "…" rather than DataTable's placeholder rows: a report can take a few
 * seconds, and a table of empty rows would read as an answer.
 */
export const ReportTable = <R extends RaRecord>({ perPageOptions, minWidth, children, sx, ...props }: ReportTableProps<R>) => {
  const { isFetching, isPending, error, data } = useListContext();
  if (isPending) return <Typography>…</Typography>;
  // ReportError says why there is no page.
  if (error && !data) return null;
  return (
    <Box sx={{ opacity: isFetching ? 0.6 : 1 }}>
      <ScrollBox>
        <DataTable<R> bulkActionButtons={false} rowClick={false} sx={{ ...(minWidth ? { '& .RaDataTable-table': { minWidth } } : {}), ...sx }} {...props}>
          {children}
        </DataTable>
      </ScrollBox>
      <Pagination rowsPerPageOptions={perPageOptions} />
    </Box>
  );
};
