import { Create, Edit, ListButton, SimpleForm, TopToolbar } from 'react-admin';
import { AuditLinkButton } from '../audit/AuditLinkButton';
import { UserInputs } from './UserInputs';

const EditActions = () => (
  <TopToolbar>
    <ListButton />
    <AuditLinkButton entityName="User" />
  </TopToolbar>
);

// Pessimistic: the server checks the e-mail, the password policy, the unit and the version; its
// errors show next to the fields.
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" actions={<EditActions />}>
    <SimpleForm>
      <UserInputs edit />
    </SimpleForm>
  </Edit>
);

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ role: 'UNIT_ADMIN' }}>
      <UserInputs />
    </SimpleForm>
  </Create>
);
