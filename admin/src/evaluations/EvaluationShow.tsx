import { FunctionField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/fields';

export const EvaluationShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="employee.displayName" />
      <TextField source="employee.nip" />
      <NumberField source="year" options={{ useGrouping: false }} />
      <EnumField source="period" enumName="EvaluationPeriod" />
      <TextField source="plan.positionTitle" />
      <TextField source="plan.unitName" />
      <EnumField source="resultRating" enumName="Expectation" />
      <EnumField source="behaviourRating" enumName="Expectation" />
      <EnumField source="predikat" enumName="Predikat" />
      <FunctionField source="reasons" render={(r: { reasons: string[] }) => r.reasons.join('; ')} />
      <TextField source="evaluator.displayName" />
      <TextField source="notes" emptyText="—" />
      <TextField source="legalBasis" />
    </SimpleShowLayout>
  </Show>
);
