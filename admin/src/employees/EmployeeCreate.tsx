import { Create, SimpleForm } from 'react-admin';
import { EmployeeInputs, InitialAssignmentInputs } from './EmployeeInputs';

export const EmployeeCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ asnType: 'PNS', status: 'AKTIF' }}>
      <EmployeeInputs />
      <InitialAssignmentInputs />
    </SimpleForm>
  </Create>
);
