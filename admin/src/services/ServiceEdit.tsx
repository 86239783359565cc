import { Create, Edit, SimpleForm } from 'react-admin';
import { ServiceInputs } from './ServiceInputs';

export const ServiceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <ServiceInputs edit />
    </SimpleForm>
  </Edit>
);

export const ServiceCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ServiceInputs />
    </SimpleForm>
  </Create>
);
