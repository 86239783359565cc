// Follow-ups of the annual ratings on the performance tab: recognitions proposed for a Sangat Baik
// year (administrators approve or reject them) and coaching plans after a rating below Baik.
import AddIcon from '@mui/icons-material/Add';
import { Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { ConfirmActionButton } from '../common/EntryButtons';
import { LocalDate } from '../common/fields';
import { request } from '../dataProvider/client';
import { EmployeeCoachingCompleteDocument, EmployeeRecognitionDecideDocument, type EmployeePerformanceQuery } from '../gql/graphql';

type Employee = EmployeePerformanceQuery['employee'];
type Recognition = NonNullable<Employee['recognitions']>[number];
type Coaching = NonNullable<Employee['coachingPlans']>[number];

const RecognitionItem = ({ r, write }: { r: Recognition; write: boolean }) => {
  const translate = useTranslate();
  const decidable = write && r.status === 'PROPOSED';
  const decide = (status: 'APPROVED' | 'REJECTED') => () => request(EmployeeRecognitionDecideDocument, { id: r.id, version: r.version, status });
  return (
    <ListItem
      secondaryAction={
        decidable && (
          <Stack direction="row" spacing={1}>
            <ConfirmActionButton label="asn.skp.approve" color="success" title="asn.skp.approve_title" content="asn.skp.decide_content" run={decide('APPROVED')} />
            <ConfirmActionButton label="asn.skp.reject" color="error" title="asn.skp.reject_title" content="asn.skp.decide_content" run={decide('REJECTED')} />
          </Stack>
        )
      }
    >
      <ListItemText primary={`${r.year}: ${translate('asn.skp.recognition')} — ${translate(`asn.enums.RecognitionStatus.${r.status}`)}`} secondary={r.basis} sx={{ pr: decidable ? 24 : 0 }} />
    </ListItem>
  );
};

const CoachingItem = ({ c, write }: { c: Coaching; write: boolean }) => {
  const translate = useTranslate();
  const completable = write && c.status === 'OPEN';
  return (
    <ListItem
      secondaryAction={
        completable && (
          <ConfirmActionButton label="asn.skp.complete" title="asn.skp.complete_title" content="asn.skp.complete_content" run={() => request(EmployeeCoachingCompleteDocument, { id: c.id, version: c.version })} />
        )
      }
    >
      <ListItemText
        sx={{ pr: completable ? 16 : 0 }}
        primary={`${c.year}: ${translate('asn.skp.coaching')} (${translate(`asn.enums.CoachingStatus.${c.status}`)}) — ${c.goals} (${c.mentor.displayName})`}
        secondary={
          <>
            {translate('asn.performance.review')}: <LocalDate value={c.reviewDate} /> · {c.recommendedTraining.join('; ')}
          </>
        }
      />
    </ListItem>
  );
};

/** Recognitions and coaching plans; `onCreateCoaching` when a rating still lacks its coaching plan. */
export const FollowUpCard = ({ employee, write, onCreateCoaching }: { employee: Employee; write: boolean; onCreateCoaching?: () => void }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="h6">{translate('asn.performance.follow_up')}</Typography>
          {onCreateCoaching && <Button label="asn.skp.create_coaching" startIcon={<AddIcon />} variant="outlined" onClick={onCreateCoaching} />}
        </Stack>
        <List dense>
          {(employee.recognitions ?? []).map((r) => (
            <RecognitionItem key={r.id} r={r} write={write} />
          ))}
          {(employee.coachingPlans ?? []).map((c) => (
            <CoachingItem key={c.id} c={c} write={write} />
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
