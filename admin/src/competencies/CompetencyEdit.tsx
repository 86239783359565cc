import { Create, Edit, SelectInput, SimpleForm, TextInput, maxLength, minLength, regex, required, usePermissions, useTranslate } from 'react-admin';
import { useGovernments } from '../common/reference';

/** Level 1-5: the form edits `levelDescriptions` entry by entry. */
const LevelInputs = () => {
  const translate = useTranslate();
  return (
    <>
      {[0, 1, 2, 3, 4].map((i) => (
        <TextInput
          key={i}
          source={`levelDescriptions.${i}`}
          label={translate('resources.competencies.level_n', { level: i + 1 })}
          validate={[required(), minLength(3), maxLength(500)]}
          multiline
          fullWidth
        />
      ))}
    </>
  );
};

const CommonInputs = () => (
  <>
    <TextInput source="name" validate={[required(), minLength(3), maxLength(120)]} fullWidth />
    <TextInput source="description" validate={[required(), minLength(3), maxLength(1000)]} multiline fullWidth />
    <LevelInputs />
    <TextInput source="legalBasis" validate={[minLength(3), maxLength(300)]} fullWidth />
  </>
);

// Pessimistic: the server checks the code and the version; its errors show next to the fields.
export const CompetencyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TextInput source="code" disabled />
      <CommonInputs />
    </SimpleForm>
  </Edit>
);

export const CompetencyCreate = () => {
  const { permissions } = usePermissions<string>();
  const superAdmin = permissions === 'SUPER_ADMIN';
  const governments = useGovernments(superAdmin);
  return (
    <Create redirect="show" title="resources.competencies.create_title">
      <SimpleForm defaultValues={{ levelDescriptions: ['', '', '', '', ''] }}>
        {superAdmin && <SelectInput source="governmentId" choices={governments.map((g) => ({ id: g.id, name: g.name }))} validate={required()} />}
        <TextInput source="code" validate={[required(), maxLength(16), regex(/^[A-Za-z0-9][A-Za-z0-9.\-_]*$/, 'asn.errors.VALIDATION_MATCHES')]} helperText="resources.competencies.code_hint" />
        <CommonInputs />
      </SimpleForm>
    </Create>
  );
};
