// "Dokumen saya": an employee's own documents on any screen (a phone shows cards).
import { Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { ReportListBase } from '../common/ReportList';
import { DocumentTable } from './DocumentTable';

export const MyDocuments = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 1 }}>
      <Title title="asn.documents.my_title" />
      <CardContent>
        <Typography variant="h6">{translate('asn.documents.my_title')}</Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('asn.documents.my_intro')}
        </Typography>
        {/* The server answers an employee with their own documents only. */}
        <ReportListBase resource="documents" filter={{}} perPage={25}>
          <DocumentTable canDelete={false} />
        </ReportListBase>
      </CardContent>
    </Card>
  );
};
