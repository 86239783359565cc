// Selects over national reference data that fetch their own choices. Being components, they can
// stand in a list's static `filters` array (a filter list is elements, never a function that
// calls hooks while the list renders).
import { SelectInput, type SelectInputProps } from 'react-admin';
import type { RankScheme } from '../gql/graphql';
import { useGovernments, useRankChoices } from './reference';

/** A rank (golongan / PPPK grade), of one scheme or of both. */
export const RankSelectInput = ({ scheme, ...props }: Omit<SelectInputProps, 'choices'> & { scheme?: RankScheme }) => <SelectInput {...props} choices={useRankChoices(scheme)} />;

/** One of the governments the user may see. */
export const GovernmentSelectInput = (props: Omit<SelectInputProps, 'choices'>) => {
  const governments = useGovernments();
  return <SelectInput {...props} choices={governments.map((g) => ({ id: g.id, name: g.name }))} />;
};
