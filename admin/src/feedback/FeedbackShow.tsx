import { DateField, EditButton, Labeled, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { useCanWrite } from '../common/permissions';
import { EnumField, LocalDateField } from '../common/fields';
import { DaysField, FeedbackStatusField } from './fields';

/** Only open feedback can move on (answered and rejected feedback is final). */
const Actions = () => {
  const record = useRecordContext<{ status: string }>();
  const write = useCanWrite();
  return <TopToolbar>{write && record && (record.status === 'RECEIVED' || record.status === 'IN_PROGRESS') && <EditButton label="asn.feedback.process" />}</TopToolbar>;
};

export const FeedbackShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="trackingCode" />
      <EnumField source="category" enumName="FeedbackCategory" />
      <Labeled source="status">
        <FeedbackStatusField />
      </Labeled>
      <TextField source="unit.name" />
      <TextField source="service.name" emptyText="—" />
      <TextField source="text" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="contact" emptyText="—" />
      <DateField source="receivedAt" showTime />
      <DateField source="startedAt" showTime emptyText="—" />
      <DateField source="closedAt" showTime emptyText="—" />
      <LocalDateField source="dueDate" />
      <Labeled source="daysTaken">
        <DaysField />
      </Labeled>
      <TextField source="answer" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="answeredBy.displayName" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
