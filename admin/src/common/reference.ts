// National reference data (ranks, education levels) for selects; fetched once and cached.
import { useQuery } from '@tanstack/react-query';
import { request } from '../dataProvider/client';
import { EducationLevelsDocument, RanksDocument, type RankScheme } from '../gql/graphql';

export function useRankChoices(scheme?: RankScheme) {
  const { data } = useQuery({ queryKey: ['ranks', scheme ?? 'all'], queryFn: () => request(RanksDocument, { scheme }), staleTime: Infinity });
  return (data?.ranks ?? []).map((r) => ({ id: r.id, name: r.scheme === 'PNS' ? `${r.code} – ${r.name}` : r.name }));
}

export function useEducationChoices() {
  const { data } = useQuery({ queryKey: ['educationLevels'], queryFn: () => request(EducationLevelsDocument), staleTime: Infinity });
  return (data?.educationLevels ?? []).map((l) => ({ id: l.id, name: l.name }));
}
