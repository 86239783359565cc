import { Alert, Box, List as MuiList, ListItem, ListItemText, TableCell, TableFooter, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { BooleanField, DataTable, Labeled, NumberField, ReferenceField, Show, TabbedShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { ShowActions } from '../common/actions';
import { EnumField, LocalDateField } from '../common/fields';
import { useCanWrite } from '../common/permissions';
import { request } from '../dataProvider/client';
import { SurveySuggestionListDocument, type SurveyIndexDetailFragment } from '../gql/graphql';
import { IkmBadge } from '../common/ikm';
import { RowsTable } from '../common/RowsTable';
import { useFormat } from '../i18n/format';

// (While the full record loads, react-admin shows the list's row, whose index has fewer fields.)
type SurveyRecord = { id: string; population: number; responseCount: number; minimumSample: number; sampleReached: boolean; index: Partial<SurveyIndexDetailFragment> };

type Index = Partial<SurveyIndexDetailFragment>;
type Element = SurveyIndexDetailFragment['elements'][number] & { id: string };
const Col = DataTable.Col<Element>;

/** Responses against the Krejcie-Morgan minimum sample for the population served. */
const SampleCheck = () => {
  const record = useRecordContext<SurveyRecord>();
  const translate = useTranslate();
  const fmt = useFormat();
  if (!record) return null;
  const { responseCount: responses, minimumSample, sampleReached } = record;
  return (
    <Alert severity={sampleReached ? 'success' : 'warning'} sx={{ my: 1 }}>
      {translate(sampleReached ? 'asn.survey.sample_check_reached' : 'asn.survey.sample_check_short', {
        responses: fmt.num(responses),
        minimum: fmt.num(minimumSample),
        population: fmt.num(record.population),
        missing: fmt.num(Math.max(0, minimumSample - responses)),
      })}
    </Alert>
  );
};

/** The survey's own IKM under the nine elements (the survey is the record in context). */
const IndexTotal = () => {
  const translate = useTranslate();
  const fmt = useFormat();
  const idx = useRecordContext<SurveyRecord>()?.index;
  if (!idx) return null;
  return (
    <TableFooter sx={{ '& td': { color: 'text.primary', typography: 'body2', fontWeight: 600 } }}>
      <TableRow>
        <TableCell>{translate('asn.survey.total')}</TableCell>
        <TableCell />
        <TableCell align="right">{idx.index != null ? fmt.dec(idx.index, 4) : '—'}</TableCell>
        <TableCell align="right">{idx.ikm != null ? fmt.dec(idx.ikm, 2) : '—'}</TableCell>
        <TableCell>
          {idx.grade} · {idx.gradeLabel}
        </TableCell>
      </TableRow>
    </TableFooter>
  );
};

/** IKM, the nine elements (NRR, weighted, converted, grade), and what to improve first. */
const Results = () => {
  const record = useRecordContext<SurveyRecord>();
  const translate = useTranslate();
  const fmt = useFormat();
  if (!record) return null;
  const idx: Index = record.index;
  if (!idx.elements || !idx.weakestElements) return null;
  if (idx.withheld) return <Alert severity="info">{translate('asn.survey.withheld', { minimum: idx.minimumResponses, responses: record.responseCount })}</Alert>;
  return (
    <Box>
      <Labeled label="asn.survey.ikm">
        <IkmBadge index={idx as SurveyIndexDetailFragment} />
      </Labeled>
      <RowsTable<Element> rows={idx.elements.map((e) => ({ ...e, id: e.code }))} resource="surveyElements" hover={false} foot={IndexTotal} sx={{ my: 2, maxWidth: 900 }}>
        <Col label="asn.survey.element" render={(e) => `${e.code} · ${e.name}`} />
        <Col label="asn.survey.nrr" align="right" render={(e) => fmt.dec(e.nrr, 3)} />
        <Col label="asn.survey.weighted_nrr" align="right" render={(e) => fmt.dec(e.weightedNrr, 4)} />
        <Col label="asn.survey.ikm" align="right" render={(e) => fmt.dec(e.ikm, 2)} />
        <Col label="asn.survey.grade" render={(e) => `${e.grade} · ${e.gradeLabel}`} />
      </RowsTable>
      <Typography variant="subtitle2">{translate('asn.survey.improve_first')}</Typography>
      <MuiList dense>
        {idx.weakestElements.slice(0, 3).map((e) => (
          <ListItem key={e.code}>
            <ListItemText primary={`${e.code} · ${e.name}`} secondary={`${translate('asn.survey.nrr')} ${fmt.dec(e.nrr, 3)} · ${translate('asn.survey.ikm')} ${fmt.dec(e.ikm, 2)} (${e.grade})`} />
          </ListItem>
        ))}
      </MuiList>
    </Box>
  );
};

/** Respondents' suggestions, text only (administrators). */
const Suggestions = () => {
  const record = useRecordContext<SurveyRecord>();
  const translate = useTranslate();
  const { data, isPending } = useQuery({
    queryKey: ['surveySuggestions', record?.id],
    queryFn: () => request(SurveySuggestionListDocument, { surveyId: record!.id, limit: 200, offset: 0 }),
    enabled: !!record,
  });
  if (isPending) return null;
  const items = data?.surveySuggestions.items ?? [];
  if (!items.length) return <Typography color="text.secondary">{translate('asn.survey.no_suggestions')}</Typography>;
  return (
    <MuiList dense>
      {items.map((text, i) => (
        <ListItem key={i} divider>
          <ListItemText primary={text} />
        </ListItem>
      ))}
    </MuiList>
  );
};

export const SurveyShow = () => {
  const admin = useCanWrite();
  return (
    <Show actions={<ShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="asn.tabs.profile">
          <TextField source="title" />
          <ReferenceField source="unitId" reference="units" />
          <ReferenceField source="serviceId" reference="services" emptyText="—" />
          <LocalDateField source="periodStart" />
          <LocalDateField source="periodEnd" />
          <NumberField source="population" />
          <EnumField source="status" enumName="SurveyStatus" />
          <BooleanField source="acceptingResponses" />
          <SampleCheck />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="asn.tabs.results" path="results">
          <Results />
        </TabbedShowLayout.Tab>
        {admin && (
          <TabbedShowLayout.Tab label="asn.tabs.suggestions" path="suggestions">
            <Suggestions />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};
