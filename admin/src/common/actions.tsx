import { CreateButton, EditButton, ExportButton, FilterButton, TopToolbar, useResourceDefinition } from 'react-admin';
import type { ReactNode } from 'react';
import { useCanWrite } from './permissions';

/** List toolbar: filters, create (for roles that write), CSV export. */
export const ListActions = ({ children }: { children?: ReactNode }) => {
  const write = useCanWrite();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {write && hasCreate && <CreateButton />}
      <ExportButton maxResults={1000} />
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
