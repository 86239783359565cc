// National reference data (ranks, education levels, governments) for selects; fetched once and cached.
import { useQuery } from '@tanstack/react-query';
import { request } from '../dataProvider/client';
import { EducationLevelsDocument, GovernmentsDocument, RanksDocument, type RankScheme } from '../gql/graphql';

export function useRankChoices(scheme?: RankScheme) {
  const { data } = useQuery({ queryKey: ['ranks', scheme ?? 'all'], queryFn: () => request(RanksDocument, { scheme }), staleTime: Infinity });
  return (data?.ranks ?? []).map((r) => ({ id: r.id, name: r.scheme === 'PNS' ? `${r.code} – ${r.name}` : r.name }));
}

export function useEducationChoices() {
  const { data } = useQuery({ queryKey: ['educationLevels'], queryFn: () => request(EducationLevelsDocument), staleTime: Infinity });
  return (data?.educationLevels ?? []).map((l) => ({ id: l.id, name: l.name }));
}

/** The governments the user may see (a super admin: all; the others: their own). */
export function useGovernments(enabled = true) {
  const { data } = useQuery({ enabled, queryKey: ['governments'], queryFn: () => request(GovernmentsDocument, { limit: 100, offset: 0 }), staleTime: Infinity });
  return data?.governments.items ?? [];
}
