import { Typography } from '@mui/material';
import { AutocompleteInput, DateInput, FormDataConsumer, ReferenceInput, SelectInput, TextInput, maxLength, regex, required, email, useTranslate } from 'react-admin';
import { choices } from '../common/enums';
import { useRankChoices } from '../common/reference';

const nip = [required(), regex(/^\d{18}$/, 'asn.errors.NIP_FORMAT')];
const nik = [regex(/^\d{16}$/, 'asn.errors.NIK_FORMAT')];

const Section = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 2, fontWeight: 600 }}>
      {translate(label)}
    </Typography>
  );
};

/** The fields of an employee record (shared by create and edit). */
export const EmployeeInputs = () => (
  <>
    <Section label="asn.tabs.profile" />
    <SelectInput source="asnType" choices={choices('AsnType')} validate={required()} />
    <TextInput source="nip" validate={nip} helperText="YYYYMMDD YYYYMM G NNN" />
    <TextInput source="legacyNip" validate={regex(/^\d{9}$/, 'asn.errors.LEGACY_NIP_FORMAT')} />
    <TextInput source="frontTitle" validate={maxLength(40)} />
    <TextInput source="fullName" validate={[required(), maxLength(160)]} />
    <TextInput source="backTitle" validate={maxLength(80)} />
    <SelectInput source="sex" choices={choices('Sex')} validate={required()} />
    <DateInput source="birthDate" validate={required()} />
    <SelectInput source="status" choices={choices('EmployeeStatus')} />
    <Section label="asn.sections.employment" />
    <FormDataConsumer>
      {({ formData }) =>
        formData.asnType === 'PNS' || !formData.asnType ? (
          <>
            <DateInput source="tmtCpns" />
            <DateInput source="tmtPns" />
          </>
        ) : (
          <>
            <DateInput source="contractStartDate" />
            <DateInput source="contractEndDate" />
          </>
        )
      }
    </FormDataConsumer>
    <Section label="asn.sections.contact" />
    <TextInput source="birthPlace" />
    <TextInput source="nik" validate={nik} />
    <TextInput source="phone" />
    <TextInput source="email" validate={email()} />
    <TextInput source="address" multiline />
  </>
);

/** The first rank and placement, given when the employee is created. */
export const InitialAssignmentInputs = () => {
  return (
    <FormDataConsumer>
      {({ formData }) => <InitialAssignment scheme={formData.asnType === 'PNS' || !formData.asnType ? 'PNS' : 'PPPK'} />}
    </FormDataConsumer>
  );
};

const InitialAssignment = ({ scheme }: { scheme: 'PNS' | 'PPPK' }) => {
  const ranks = useRankChoices(scheme);
  return (
    <>
      <Section label="asn.sections.initial_rank" />
      <SelectInput source="initialRank.rankId" choices={ranks} />
      <DateInput source="initialRank.tmt" />
      <Section label="asn.sections.initial_placement" />
      <ReferenceInput source="initialPlacement.positionId" reference="positions">
        <AutocompleteInput optionText={(p: { title: string; unit?: { name: string } }) => `${p.title} — ${p.unit?.name ?? ''}`} filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 400 }} />
      </ReferenceInput>
      <DateInput source="initialPlacement.startDate" />
    </>
  );
};
