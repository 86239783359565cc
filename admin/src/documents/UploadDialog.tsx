// Attaching a file to one of the employee's records: which record, which document type (those
// meant for that record), a note, and the file (dragged in or chosen). The server checks the
// file's content, size and the account's right to edit the record; its reasons show in the form.
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { LinearProgress, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Button, FileField, FileInput, SelectInput, TextInput, required, useLocale, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { DialogForm } from '../common/DialogForm';
import { request } from '../dataProvider/client';
import { DocumentTypesDocument, type EmployeeDetailFragment } from '../gql/graphql';
import { uploadDocument } from './upload';

const FIELDS = ['record', 'typeCode', 'note', 'file'] as const;

/** The employee's records a document can go with, as `KIND:id` choices. */
function recordChoices(employee: EmployeeDetailFragment, translate: (k: string) => string) {
  const own = [{ id: `EMPLOYEE:${employee.id}`, name: translate('asn.documents.the_employee') }];
  const ranks = (employee.rankHistory ?? []).map((r) => ({ id: `RANK_HISTORY:${r.id}`, name: `${translate('asn.documents.owner.RANK_HISTORY')}: ${r.rank.code} (${r.tmt})` }));
  const places = (employee.positionHistory ?? []).map((p) => ({ id: `POSITION_HISTORY:${p.id}`, name: `${translate('asn.documents.owner.POSITION_HISTORY')}: ${p.position.title} (${p.startDate})` }));
  const edu = (employee.educationHistory ?? []).map((e) => ({ id: `EDUCATION_HISTORY:${e.id}`, name: `${translate('asn.documents.owner.EDUCATION_HISTORY')}: ${e.level.name}, ${e.institution}` }));
  return [...own, ...ranks, ...places, ...edu];
}

const TypeInput = () => {
  const locale = useLocale();
  const record = useWatch({ name: 'record' }) as string | undefined;
  const kind = record?.split(':')[0];
  const { data } = useQuery({ queryKey: ['documentTypes'], queryFn: () => request(DocumentTypesDocument, {}) });
  const choices = (data?.documentTypes ?? []).filter((t) => !kind || t.ownerKinds.includes(kind as never)).map((t) => ({ id: t.code, name: locale === 'en' ? t.nameEn : t.name }));
  return <SelectInput source="typeCode" label="resources.documents.fields.type" choices={choices} validate={required()} disabled={!kind} />;
};

export const UploadButton = ({ employee }: { employee: EmployeeDetailFragment }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const choices = useMemo(() => recordChoices(employee, translate), [employee, translate]);
  return (
    <>
      <Stack direction="row" sx={{ justifyContent: 'flex-end', mb: 1 }}>
        <Button label="asn.documents.upload" onClick={() => setOpen(true)} startIcon={<UploadFileIcon />} variant="outlined" />
      </Stack>
      <DialogForm
        open={open}
        title="asn.documents.upload_title"
        fields={FIELDS}
        onClose={() => {
          setOpen(false);
          setProgress(null);
        }}
        successMessage="asn.documents.uploaded"
        onSubmit={async (values) => {
          const [ownerKind, ownerId] = String(values.record).split(':');
          const file = (values.file as { rawFile?: File } | undefined)?.rawFile;
          if (!file) throw new Error(translate('asn.errors.FILE_MISSING'));
          setProgress(0);
          try {
            await uploadDocument({ ownerKind, ownerId, typeCode: String(values.typeCode), note: (values.note as string | undefined) ?? null }, file, setProgress);
          } finally {
            setProgress(null);
          }
        }}
      >
        <SelectInput source="record" label="resources.documents.fields.record" choices={choices} validate={required()} />
        <TypeInput />
        <TextInput source="note" label="resources.documents.fields.note" multiline />
        <FileInput source="file" label="resources.documents.fields.file" accept={{ 'application/pdf': ['.pdf'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/png': ['.png'] }} placeholder={translate('asn.documents.drop')} validate={required()}>
          <FileField source="src" title="title" />
        </FileInput>
        {progress !== null && <LinearProgress variant="determinate" value={Math.round(progress * 100)} />}
      </DialogForm>
    </>
  );
};
