import { Alert, Box, List as MuiList, ListItem, ListItemText, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { BooleanField, Labeled, NumberField, ReferenceField, Show, TabbedShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { ShowActions } from '../common/actions';
import { EnumField, LocalDateField } from '../common/fields';
import { useCanWrite } from '../common/permissions';
import { request } from '../dataProvider/client';
import { SurveySuggestionListDocument, type SurveyIndexDetailFragment } from '../gql/graphql';
import { IkmBadge } from '../common/ikm';

// (While the full record loads, react-admin shows the list's row, whose index has fewer fields.)
type SurveyRecord = { id: string; population: number; responseCount: number; minimumSample: number; sampleReached: boolean; index: Partial<SurveyIndexDetailFragment> };

const fixed = (n: number, digits: number) => n.toLocaleString('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Responses against the Krejcie-Morgan minimum sample for the population served. */
const SampleCheck = () => {
  const record = useRecordContext<SurveyRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const { responseCount: responses, minimumSample, sampleReached } = record;
  return (
    <Alert severity={sampleReached ? 'success' : 'warning'} sx={{ my: 1 }}>
      {translate(sampleReached ? 'asn.survey.sample_check_reached' : 'asn.survey.sample_check_short', {
        responses: responses.toLocaleString('id-ID'),
        minimum: minimumSample.toLocaleString('id-ID'),
        population: record.population.toLocaleString('id-ID'),
        missing: Math.max(0, minimumSample - responses).toLocaleString('id-ID'),
      })}
    </Alert>
  );
};

/** IKM, the nine elements (NRR, weighted, converted, grade), and what to improve first. */
const Results = () => {
  const record = useRecordContext<SurveyRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const idx = record.index;
  if (!idx.elements || !idx.weakestElements) return null;
  if (idx.withheld) return <Alert severity="info">{translate('asn.survey.withheld', { minimum: idx.minimumResponses, responses: record.responseCount })}</Alert>;
  return (
    <Box>
      <Labeled label="asn.survey.ikm">
        <IkmBadge index={idx as SurveyIndexDetailFragment} />
      </Labeled>
      <Table size="small" sx={{ my: 2, maxWidth: 900 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('asn.survey.element')}</TableCell>
            <TableCell align="right">{translate('asn.survey.nrr')}</TableCell>
            <TableCell align="right">{translate('asn.survey.weighted_nrr')}</TableCell>
            <TableCell align="right">{translate('asn.survey.ikm')}</TableCell>
            <TableCell>{translate('asn.survey.grade')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {idx.elements.map((e) => (
            <TableRow key={e.code}>
              <TableCell>
                {e.code} · {e.name}
              </TableCell>
              <TableCell align="right">{fixed(e.nrr, 3)}</TableCell>
              <TableCell align="right">{fixed(e.weightedNrr, 4)}</TableCell>
              <TableCell align="right">{fixed(e.ikm, 2)}</TableCell>
              <TableCell>
                {e.grade} · {e.gradeLabel}
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell sx={{ fontWeight: 600 }}>{translate('asn.survey.total')}</TableCell>
            <TableCell />
            <TableCell align="right" sx={{ fontWeight: 600 }}>
              {idx.index != null ? fixed(idx.index, 4) : '—'}
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>
              {idx.ikm != null ? fixed(idx.ikm, 2) : '—'}
            </TableCell>
            <TableCell sx={{ fontWeight: 600 }}>
              {idx.grade} · {idx.gradeLabel}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Typography variant="subtitle2">{translate('asn.survey.improve_first')}</Typography>
      <MuiList dense>
        {idx.weakestElements.slice(0, 3).map((e) => (
          <ListItem key={e.code}>
            <ListItemText primary={`${e.code} · ${e.name}`} secondary={`${translate('asn.survey.nrr')} ${fixed(e.nrr, 3)} · ${translate('asn.survey.ikm')} ${fixed(e.ikm, 2)} (${e.grade})`} />
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
