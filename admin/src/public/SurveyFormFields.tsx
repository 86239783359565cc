// The parts of the public SKM form: the nine questions (U1-U9, one score each) and the optional
// respondent profile, both as the questionnaire the server sends describes them.
import { FormControl, FormControlLabel, FormHelperText, FormLabel, Grid, MenuItem, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PublicQuestionnaireQuery } from '../gql/graphql';

type Questionnaire = PublicQuestionnaireQuery['surveyQuestionnaire'];
/** The server's message for a field of the response, if it refused it. */
type FieldError = (field: string) => string | undefined;

const PROFILE = [
  ['ageBand', 'ageBands', 'RespondentAgeBand', 'age_band'],
  ['sex', 'sexes', 'RespondentSex', 'sex'],
  ['education', 'educations', 'RespondentEducation', 'education'],
  ['occupation', 'occupations', 'RespondentOccupation', 'occupation'],
] as const;

export const Questions = ({ questionnaire, answers, onAnswer, fieldError }: { questionnaire: Questionnaire; answers: Record<string, number>; onAnswer: (code: string, score: number) => void; fieldError: FieldError }) => (
  <>
    {questionnaire.elements.map((e, i) => {
      const error = fieldError(`answers.${e.code.toLowerCase()}`);
      return (
        <FormControl key={e.code} component="fieldset" error={!!error} data-element={e.code} sx={{ display: 'block', mb: 2.5 }}>
          <FormLabel component="legend" sx={{ color: 'text.primary' }}>
            {i + 1}. {e.question}
          </FormLabel>
          <RadioGroup row name={e.code} value={answers[e.code] ?? ''} onChange={(_ev, v) => onAnswer(e.code, Number(v))}>
            {e.options.map((o) => (
              <FormControlLabel key={o.score} value={o.score} control={<Radio />} label={o.label} />
            ))}
          </RadioGroup>
          {error && <FormHelperText>{error}</FormHelperText>}
        </FormControl>
      );
    })}
  </>
);

export const ProfileFields = ({ questionnaire, profile, onChange, fieldError }: { questionnaire: Questionnaire; profile: Record<string, string>; onChange: (field: string, value: string) => void; fieldError: FieldError }) => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6" component="h2" gutterBottom sx={{ mt: 2 }}>
        {translate('asn.public.survey.profile')}
      </Typography>
      <Grid container spacing={2} sx={{ mb: 2 }}>
        {PROFILE.map(([field, list, enumName, label]) => (
          <Grid key={field} size={{ xs: 12, sm: 6 }}>
            <TextField
              select
              fullWidth
              name={field}
              label={translate(`asn.public.survey.${label}`)}
              value={profile[field] ?? ''}
              onChange={(ev) => onChange(field, ev.target.value)}
              error={!!fieldError(`profile.${field}`)}
              helperText={fieldError(`profile.${field}`)}
            >
              {questionnaire[list].map((o) => (
                <MenuItem key={o.value} value={o.value}>
                  {translate(`asn.enums.${enumName}.${o.value}`, { _: o.label })}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
        ))}
      </Grid>
    </>
  );
};
