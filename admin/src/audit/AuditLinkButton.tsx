import HistoryIcon from '@mui/icons-material/History';
import { Button, usePermissions, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { AUDIT_ROLES } from './index';
import { auditListPath } from './entities';

/** "Change history": the audit list filtered on this record (for the roles that read the trail). */
export const AuditLinkButton = ({ entityName }: { entityName: string }) => {
  const record = useRecordContext();
  const { permissions } = usePermissions<string>();
  if (!record || !permissions || !AUDIT_ROLES.includes(permissions)) return null;
  return (
    <Button component={Link} to={auditListPath(entityName, String(record.id))} label="asn.audit.history">
      <HistoryIcon />
    </Button>
  );
};
