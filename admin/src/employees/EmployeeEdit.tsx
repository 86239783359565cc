import { Edit, SimpleForm } from 'react-admin';
import { EmployeeInputs } from './EmployeeInputs';

// Pessimistic: the server checks the NIP and the version; its errors show next to the fields.
export const EmployeeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <EmployeeInputs />
    </SimpleForm>
  </Edit>
);
