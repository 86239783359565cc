// The documents tab of an employee's record: every file of theirs (SKs, diplomas, certificates),
// and for administrators the upload of new ones.
import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useCanWrite } from '../common/permissions';
import { ReportListBase } from '../common/ReportList';
import type { EmployeeDetailFragment } from '../gql/graphql';
import { DocumentTable } from './DocumentTable';
import { UploadButton } from './UploadDialog';

export const DocumentsTab = () => {
  const record = useRecordContext<EmployeeDetailFragment>();
  const write = useCanWrite();
  if (!record) return null;
  return (
    <Box>
      {write && <UploadButton employee={record} />}
      <ReportListBase resource="documents" filter={{ employeeId: record.id }} perPage={25}>
        <DocumentTable canDelete={write} />
      </ReportListBase>
    </Box>
  );
};
