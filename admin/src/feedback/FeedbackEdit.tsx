import { Alert } from '@mui/material';
import { Edit, FormDataConsumer, Labeled, SaveButton, SelectInput, SimpleForm, TextField, TextInput, Toolbar, maxLength, minLength, required, useRecordContext, useTranslate } from 'react-admin';

// The workflow (the server enforces it too): received -> in progress -> answered / rejected.
const NEXT: Record<string, string[]> = { RECEIVED: ['IN_PROGRESS'], IN_PROGRESS: ['ANSWERED', 'REJECTED'], ANSWERED: [], REJECTED: [] };

/** Moving feedback on: the next status (preselected) and, to close it, the official answer. */
const WorkflowForm = () => {
  const record = useRecordContext<{ id: string; status: string; answer: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const next = NEXT[record.status] ?? [];
  return (
    // The next step is preselected, so the form may be saved as it opens.
    <SimpleForm record={{ ...record, status: next[0] ?? record.status }} toolbar={next.length ? <Toolbar><SaveButton alwaysEnable /></Toolbar> : false}>
      <Labeled source="trackingCode">
        <TextField source="trackingCode" />
      </Labeled>
      <Labeled source="text">
        <TextField source="text" sx={{ whiteSpace: 'pre-wrap' }} />
      </Labeled>
      {next.length ? (
        <SelectInput source="status" label="asn.feedback.next_status" choices={next.map((s) => ({ id: s, name: `asn.enums.FeedbackStatus.${s}` }))} validate={required()} />
      ) : (
        <Alert severity="info">{translate('asn.feedback.closed')}</Alert>
      )}
      <FormDataConsumer<{ status?: string }>>
        {({ formData }) =>
          formData.status === 'ANSWERED' || formData.status === 'REJECTED' ? (
            <TextInput source="answer" multiline minRows={4} fullWidth validate={[required(), minLength(10), maxLength(4000)]} helperText={formData.status === 'REJECTED' ? 'asn.feedback.reject_hint' : 'asn.feedback.answer_hint'} />
          ) : null
        }
      </FormDataConsumer>
    </SimpleForm>
  );
};

export const FeedbackEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <WorkflowForm />
  </Edit>
);
