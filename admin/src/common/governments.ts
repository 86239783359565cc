// A super admin sees every government and picks one on report pages (the other roles have exactly one).
import { useQuery } from '@tanstack/react-query';
import { request } from '../dataProvider/client';
import { GovernmentsDocument } from '../gql/graphql';

export function useGovernmentChoice(enabled: boolean) {
  const { data } = useQuery({ enabled, queryKey: ['governments'], queryFn: () => request(GovernmentsDocument, { limit: 100, offset: 0 }), staleTime: Infinity });
  return data?.governments.items ?? [];
}
