import { Create, Edit, SimpleForm } from 'react-admin';
import { SurveyInputs } from './SurveyInputs';

export const SurveyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <SurveyInputs edit />
    </SimpleForm>
  </Edit>
);

export const SurveyCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <SurveyInputs />
    </SimpleForm>
  </Create>
);
