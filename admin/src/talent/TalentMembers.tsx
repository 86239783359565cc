// The employees of one 9-box, a page at a time: the `talentBoxMembers` resource of the data
// provider, read through ReportListBase (common/ReportList.tsx).
import { Alert, Box, Typography } from '@mui/material';
import { DataTable, Link, useTranslate } from 'react-admin';
import { ReportError, ReportListBase, ReportTable } from '../common/ReportList';
import type { TalentBoxPageQuery } from '../gql/graphql';
import type { TalentMembersFilter } from './talent.adapter';
import type { Cell } from './TalentGrid';

type Member = TalentBoxPageQuery['talentBoxMembers']['items'][number];
const Col = DataTable.Col<Member>;
const nowrap = () => ({ whiteSpace: 'nowrap' });

export const TalentMembers = ({ box, cell, scope, year }: { box: number; cell?: Cell; scope: { unitId: string | null; governmentId: string | null }; year: number }) => {
  const translate = useTranslate();
  const filter: TalentMembersFilter = { box, ...scope, year };
  return (
    <Box sx={{ mt: 3 }} data-testid="talent-members">
      <Typography variant="h6">
        {translate('asn.talent.box', { box })} · {cell?.box.label}
      </Typography>
      {cell && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('asn.talent.actions')}: {cell.box.actions}
        </Typography>
      )}
      <ReportListBase resource="talentBoxMembers" filter={filter} perPage={25}>
        <ReportError />
        <ReportTable<Member> perPageOptions={[25, 50, 100]} minWidth={720} aria-label={translate('asn.talent.members')} empty={<Alert severity="info">{translate('asn.talent.empty_box')}</Alert>}>
          <Col label="NIP" cellSx={nowrap} render={(e) => e.nip} />
          <Col label="asn.talent.name" render={(e) => <Link to={`/employees/${e.id}/show`}>{e.displayName}</Link>} />
          <Col label="asn.talent.rank" render={(e) => (e.currentRank ? `${e.currentRank.rank.code} ${e.currentRank.rank.name}` : '—')} />
          <Col label="asn.talent.position" render={(e) => e.currentPosition?.title ?? '—'} />
          <Col label="asn.talent.unit" render={(e) => e.currentUnit?.name ?? '—'} />
        </ReportTable>
      </ReportListBase>
    </Box>
  );
};
