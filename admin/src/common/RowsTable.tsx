// Rows already in hand (the entries of a record, the lines of one answer: conditions, JPM gaps,
// IKM elements) shown through react-admin's list machinery like any list: useList makes them a
// list context, DataTable draws them. Server-paginated reports use ReportList.tsx instead.
import { forwardRef, memo, type ComponentType, type ReactNode } from 'react';
import {
  DataTable,
  DataTableBody,
  DataTableRow,
  ListContextProvider,
  ResourceContextProvider,
  useList,
  useRecordContext,
  type DataTableBodyProps,
  type DataTableProps,
  type DataTableRowProps,
  type RaRecord,
} from 'react-admin';

export interface RowsTableProps<R extends RaRecord> extends DataTableProps<R> {
  rows: R[];
  /**
   * Names the rows for react-admin (column labels `resources.<resource>.fields.<source>` when a
   * column has no label; its stores): any name of its own, not a real resource's.
   */
  resource: string;
  children: ReactNode;
}

/** A DataTable over `rows`; not sortable, no row click, no ticking, unless told otherwise. */
export const RowsTable = <R extends RaRecord>({ rows, resource, children, ...props }: RowsTableProps<R>) => {
  const list = useList<R>({ data: rows, resource });
  return (
    <ResourceContextProvider value={resource}>
      <ListContextProvider value={list}>
        <DataTable<R> bulkActionButtons={false} rowClick={false} {...props}>
          {children}
        </DataTable>
      </ListContextProvider>
    </ResourceContextProvider>
  );
};

/**
 * A DataTable `body` drawing each record with `Row` (under the record's context). Create it once,
 * at module level: a new component on each render would remount the rows.
 */
export function tableBody(Row: ComponentType<DataTableRowProps>): ComponentType<DataTableBodyProps> {
  const Body = memo(forwardRef<HTMLTableSectionElement, DataTableBodyProps>((props, ref) => <DataTableBody ref={ref} {...props} row={Row} />));
  Body.displayName = `TableBody(${Row.displayName ?? Row.name})`;
  return Body;
}

/** A DataTable `body` whose rows carry props read from their record (data-* attributes, a style). */
export function rowPropsBody<R extends RaRecord>(propsOf: (record: R) => Partial<DataTableRowProps> & Record<`data-${string}`, unknown>): ComponentType<DataTableBodyProps> {
  const Row = memo(
    forwardRef<HTMLTableRowElement, DataTableRowProps>((props, ref) => {
      const record = useRecordContext<R>();
      return <DataTableRow ref={ref} {...props} {...(record ? propsOf(record) : {})} />;
    }),
  );
  Row.displayName = 'RowWithProps';
  return tableBody(Row);
}
