// The fields of an account. Email and password formats and the password policy are checked by the
// server (one source of truth); its messages show next to these fields.
import { Typography } from '@mui/material';
import { AutocompleteInput, BooleanInput, FormDataConsumer, ReferenceInput, SelectInput, TextInput, maxLength, required, usePermissions, useTranslate } from 'react-admin';
import { choices } from '../common/enums';
import { useGovernments } from '../common/reference';

interface UserForm {
  role?: string;
  governmentId?: string | null;
}

/** A super admin may hand out every role; a government admin every role but super admin. */
function useRoleChoices() {
  const { permissions } = usePermissions<string>();
  return choices('Role').filter((c) => permissions === 'SUPER_ADMIN' || c.id !== 'SUPER_ADMIN');
}

const employeeText = (e: { displayName?: string; nip?: string }) => `${e.displayName ?? ''} (${e.nip ?? ''})`;

export const UserInputs = ({ edit = false }: { edit?: boolean }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  const superAdmin = permissions === 'SUPER_ADMIN';
  const governments = useGovernments(superAdmin);
  const roles = useRoleChoices();
  return (
    <>
      {edit ? (
        <TextInput source="email" disabled helperText="resources.users.helpers.email_fixed" />
      ) : (
        // Not type="email": the browser's own check would stop the form before the server's message.
        <TextInput source="email" validate={[required(), maxLength(160)]} autoComplete="off" sx={{ minWidth: 320 }} />
      )}
      <TextInput source="displayName" validate={[required(), maxLength(160)]} sx={{ minWidth: 320 }} />
      <SelectInput source="role" choices={roles} validate={required()} />
      <FormDataConsumer<UserForm>>
        {({ formData }) => (
          <>
            {superAdmin && formData.role && formData.role !== 'SUPER_ADMIN' && (
              <SelectInput
                source="governmentId"
                choices={governments.map((g) => ({ id: g.id, name: g.name }))}
                validate={formData.role === 'ANALYST' ? undefined : required()}
                helperText={formData.role === 'ANALYST' ? 'resources.users.helpers.national_analyst' : false}
              />
            )}
            {formData.role === 'UNIT_ADMIN' && (
              <ReferenceInput source="unitId" reference="units" filter={formData.governmentId ? { governmentId: formData.governmentId } : {}}>
                <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} helperText="resources.users.helpers.unit" sx={{ minWidth: 360 }} />
              </ReferenceInput>
            )}
            {formData.role === 'EMPLOYEE' && (
              <ReferenceInput source="employeeId" reference="employees" filter={formData.governmentId ? { governmentId: formData.governmentId } : {}}>
                <AutocompleteInput optionText={employeeText} filterToQuery={(q: string) => ({ q })} validate={required()} helperText="resources.users.helpers.employee" sx={{ minWidth: 360 }} />
              </ReferenceInput>
            )}
          </>
        )}
      </FormDataConsumer>
      <Typography variant="subtitle1" sx={{ mt: 2, fontWeight: 600 }}>
        {translate(edit ? 'resources.users.sections.new_password' : 'resources.users.sections.password')}
      </Typography>
      {/* Never shown, never read back: the field starts empty and is cleared after saving. */}
      <TextInput
        source="password"
        type="password"
        autoComplete="new-password"
        validate={edit ? undefined : required()}
        helperText={edit ? 'resources.users.helpers.password_keep' : 'resources.users.helpers.password'}
        sx={{ minWidth: 320 }}
      />
      {edit && <BooleanInput source="active" />}
    </>
  );
};
