import { useRecordContext } from 'react-admin';
import { JpmCard } from '../assessments/JpmCard';

/** Tab "Kompetensi": job-person match against the current position, from the latest assessment. */
export const CompetencyTab = () => {
  const record = useRecordContext<{ id: string }>();
  return record ? <JpmCard employeeId={record.id} /> : null;
};
