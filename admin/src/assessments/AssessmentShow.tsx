import { ArrayField, DataTable, DeleteWithConfirmButton, NumberField, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { ShowActions } from '../common/actions';
import { EnumField, LocalDateField } from '../common/fields';
import { useCanWrite } from '../common/permissions';
import { JpmCard } from './JpmCard';

const Jpm = () => {
  const record = useRecordContext<{ id: string; employeeId: string }>();
  return record ? <JpmCard employeeId={record.employeeId} assessmentId={record.id} /> : null;
};

const Actions = () => <ShowActions>{useCanWrite() && <DeleteWithConfirmButton mutationMode="pessimistic" />}</ShowActions>;

export const AssessmentShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <ReferenceField source="employeeId" reference="employees" link="show" />
      <LocalDateField source="assessedOn" />
      <EnumField source="purpose" enumName="AssessmentPurpose" />
      <TextField source="assessor" />
      <NumberField source="potentialScore" emptyText="—" />
      <TextField source="notes" emptyText="—" />
      <ArrayField source="scores">
        <DataTable bulkActionButtons={false}>
          <DataTable.Col source="competency.code" label="resources.assessments.fields.competency" render={(r: { competency: { code: string; name: string } }) => `${r.competency.code} ${r.competency.name}`} />
          <DataTable.NumberCol source="level" label="resources.assessments.fields.level" />
        </DataTable>
      </ArrayField>
      <Jpm />
    </SimpleShowLayout>
  </Show>
);
