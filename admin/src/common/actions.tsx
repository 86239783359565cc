import { CreateButton, EditButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';
import type { ReactNode } from 'react';
import { useCanWrite } from './permissions';

/** List toolbar: filters, create (for roles that write), CSV export. */
export const ListActions = ({ children }: { children?: ReactNode }) => {
  const write = useCanWrite();
  return (
    <TopToolbar>
      <FilterButton />
      {write && <CreateButton />}
      <ExportButton maxResults={1000} />
      {children}
    </TopToolbar>
  );
};

/** Show toolbar: edit for roles that write, plus any extra actions. */
export const ShowActions = ({ children }: { children?: ReactNode }) => {
  const write = useCanWrite();
  return (
    <TopToolbar>
      {write && <EditButton />}
      {children}
    </TopToolbar>
  );
};
