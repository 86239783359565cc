import { Create, Edit, SimpleForm } from 'react-admin';
import { UnitInputs } from './UnitInputs';

export const UnitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <UnitInputs edit />
    </SimpleForm>
  </Edit>
);

export const UnitCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <UnitInputs />
    </SimpleForm>
  </Create>
);
