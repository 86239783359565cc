import { Typography } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { EnumField, LocalDateTimeField } from '../common/fields';
import { ChangesTable } from './ChangesTable';
import { ActorField, EntityIdField, EntityNameField } from './fields';

const Changes = () => {
  const translate = useTranslate();
  const r = useRecordContext<{ id: string; entityName: string; changes: Record<string, { before?: unknown; after?: unknown }> }>();
  if (!r) return null;
  return (
    <>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('asn.audit.changes')}
      </Typography>
      <ChangesTable entityName={r.entityName} changes={r.changes} />
    </>
  );
};

// Read-only: an audit entry is never edited.
export const AuditShow = () => (
  <Show actions={<TopToolbar />}>
    <SimpleShowLayout>
      <LocalDateTimeField source="occurredAt" />
      <EnumField source="action" enumName="AuditAction" />
      <Labeled source="entityName">
        <EntityNameField />
      </Labeled>
      <Labeled source="entityId">
        <EntityIdField full />
      </Labeled>
      <Labeled source="actorEmail">
        <ActorField />
      </Labeled>
      <EnumField source="actorRole" enumName="Role" />
      <TextField source="requestId" emptyText="—" />
      <Changes />
    </SimpleShowLayout>
  </Show>
);
