import { Create, Edit, SimpleForm } from 'react-admin';
import { PositionInputs } from './PositionInputs';

export const PositionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <PositionInputs edit />
    </SimpleForm>
  </Edit>
);

export const PositionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <PositionInputs />
    </SimpleForm>
  </Create>
);
