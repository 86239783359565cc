// A page of documents: type, file, the record it belongs to, size and date, with view, download
// and (for administrators) delete. On a phone the rows become cards with the same buttons.
import DownloadIcon from '@mui/icons-material/Download';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Box, Card, CardActions, CardContent, Dialog, DialogContent, DialogTitle, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useState } from 'react';
import { Button, DataTable, Pagination, useListContext, useLocale, useNotify, useTranslate } from 'react-admin';
import { DeleteEntryButton } from '../common/EntryButtons';
import { LocalDateTime } from '../common/fields';
import { ReportError, ReportTable } from '../common/ReportList';
import { request } from '../dataProvider/client';
import { DocumentDeleteDocument, DocumentLinkDocument } from '../gql/graphql';
import { useFormat } from '../i18n/format';
import type { DocumentEntry } from './documents.adapter';

const Col = DataTable.Col<DocumentEntry>;

/** A fresh signed link (valid a few minutes) for each view or download. */
async function linkOf(id: string): Promise<string> {
  return (await request(DocumentLinkDocument, { id })).documentLink.url;
}

function useSize() {
  const fmt = useFormat();
  return (bytes: number) => (bytes >= 1024 * 1024 ? `${fmt.dec(bytes / 1024 / 1024, 1)} MB` : `${fmt.num(Math.max(1, Math.round(bytes / 1024)))} KB`);
}

const Actions = ({ doc, canDelete, onView }: { doc: DocumentEntry; canDelete: boolean; onView: (d: DocumentEntry) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const download = async () => {
    try {
      const a = document.createElement('a');
      a.href = await linkOf(doc.id);
      a.download = doc.fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    }
  };
  return (
    <Box sx={{ whiteSpace: 'nowrap' }}>
      {/* The icon as the child: on a phone react-admin's Button shows it alone (with the label as tooltip). */}
      <Button label="asn.documents.preview" onClick={() => onView(doc)} data-testid="document-view">
        <VisibilityIcon />
      </Button>
      <Button label="asn.documents.download" onClick={download} data-testid="document-download">
        <DownloadIcon />
      </Button>
      {canDelete && <DeleteEntryButton what={translate('asn.documents.delete_what', { name: doc.fileName })} remove={() => request(DocumentDeleteDocument, { id: doc.id, version: doc.version })} />}
    </Box>
  );
};

/** The file shown in the browser: a PDF in a frame, an image as an image (a link made for it). */
const Preview = ({ doc, onClose }: { doc: DocumentEntry | null; onClose: () => void }) => {
  const [url, setUrl] = useState<{ id: string; url: string } | null>(null);
  const fullScreen = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  if (doc && url?.id !== doc.id) void linkOf(doc.id).then((u) => setUrl({ id: doc.id, url: `${u}&inline=1` }));
  const src = doc && url?.id === doc.id ? url.url : null;
  return (
    <Dialog open={!!doc} onClose={onClose} fullScreen={fullScreen} maxWidth="lg" fullWidth>
      <DialogTitle>{doc?.fileName}</DialogTitle>
      <DialogContent sx={{ height: '80vh' }}>
        {src && doc?.mime === 'PDF' && <iframe title={doc.fileName} src={src} style={{ width: '100%', height: '100%', border: 0 }} data-testid="document-preview" />}
        {src && doc && doc.mime !== 'PDF' && <img alt={doc.fileName} src={src} style={{ maxWidth: '100%' }} data-testid="document-preview" />}
      </DialogContent>
      <Stack direction="row" sx={{ justifyContent: 'flex-end', p: 1 }}>
        <Button label="ra.action.close" onClick={onClose} />
      </Stack>
    </Dialog>
  );
};

export const DocumentTable = ({ canDelete }: { canDelete: boolean }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const size = useSize();
  const [viewing, setViewing] = useState<DocumentEntry | null>(null);
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const { data, total, isPending } = useListContext<DocumentEntry>();
  const typeName = (d: DocumentEntry) => (locale === 'en' ? d.type.nameEn : d.type.name);
  const owner = (d: DocumentEntry) => translate(`asn.documents.owner.${d.ownerKind}`);
  return (
    <>
      <ReportError />
      {!isPending && total === 0 && <Typography sx={{ my: 2 }}>{translate('asn.documents.empty')}</Typography>}
      {phone ? (
        <Stack spacing={1}>
          {(data ?? []).map((d) => (
            <Card key={d.id} variant="outlined" data-testid="document-row">
              <CardContent sx={{ pb: 0 }}>
                <Typography variant="subtitle2">{typeName(d)}</Typography>
                <Typography variant="body2">{d.fileName}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {owner(d)} · {size(d.sizeBytes)} · <LocalDateTime value={d.createdAt} />
                </Typography>
              </CardContent>
              <CardActions>
                <Actions doc={d} canDelete={canDelete} onView={setViewing} />
              </CardActions>
            </Card>
          ))}
          <Pagination rowsPerPageOptions={[10, 25]} />
        </Stack>
      ) : (
        !!total && (
          <ReportTable<DocumentEntry> perPageOptions={[25, 50, 100]} minWidth={760}>
            <Col label="resources.documents.fields.type" render={typeName} />
            <Col label="resources.documents.fields.fileName" render={(d) => d.fileName} />
            <Col label="resources.documents.fields.ownerKind" render={owner} />
            <Col label="resources.documents.fields.sizeBytes" align="right" render={(d) => size(d.sizeBytes)} />
            <Col label="resources.documents.fields.createdAt" render={(d) => <LocalDateTime value={d.createdAt} />} />
            <Col label="asn.actions.actions" align="right" render={(d) => <Actions doc={d} canDelete={canDelete} onView={setViewing} />} />
          </ReportTable>
        )
      )}
      <Preview doc={viewing} onClose={() => setViewing(null)} />
    </>
  );
};
