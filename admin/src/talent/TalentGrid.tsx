// The 9-box drawn as the usual picture: potential up, performance across; each box shows how many
// employees it holds and opens their list.
import { Box, ButtonBase, Stack, Typography } from '@mui/material';
import { alpha, useTheme } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import type { TalentGridPageQuery } from '../gql/graphql';
import { useFormat } from '../i18n/format';

export type Cell = TalentGridPageQuery['talentGrid']['cells'][number];

// Rows top to bottom, columns left to right.
const POTENTIAL_ROWS = ['TINGGI', 'MENENGAH', 'RENDAH'] as const;
const PERFORMANCE_COLUMNS = ['DI_BAWAH', 'SESUAI', 'DI_ATAS'] as const;

/** How strong a box is (0 weakest .. 4 strongest): position on the diagonal. */
const strength = (cell: Cell) => PERFORMANCE_COLUMNS.indexOf(cell.box.performance as never) + (2 - POTENTIAL_ROWS.indexOf(cell.box.potential as never));

const BoxCell = ({ cell, total, selected, onSelect }: { cell: Cell; total: number; selected: boolean; onSelect: () => void }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const theme = useTheme();
  const tone = [theme.palette.error.main, theme.palette.warning.main, theme.palette.info.main, theme.palette.success.light, theme.palette.success.main][strength(cell)];
  const share = total ? Math.round((cell.count / total) * 1000) / 10 : 0;
  return (
    <ButtonBase
      onClick={onSelect}
      aria-pressed={selected}
      aria-label={translate('asn.talent.box_aria', { box: cell.box.box, label: cell.box.label, smart_count: cell.count })}
      data-box={cell.box.box}
      sx={{
        display: 'block',
        textAlign: 'left',
        width: '100%',
        height: '100%',
        minHeight: { xs: 96, sm: 120 },
        p: 1.5,
        borderRadius: 1,
        border: 2,
        borderColor: selected ? theme.palette.primary.main : alpha(tone, 0.5),
        bgcolor: alpha(tone, theme.palette.mode === 'dark' ? 0.25 : 0.14),
        '&:hover': { bgcolor: alpha(tone, 0.3) },
      }}
    >
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Typography variant="caption" color="text.secondary">
          {translate('asn.talent.box', { box: cell.box.box })}
        </Typography>
        <Typography variant="h5" component="span" className="box-count">
          {fmt.num(cell.count)}
        </Typography>
      </Stack>
      <Typography variant="subtitle2" sx={{ lineHeight: 1.2 }}>
        {cell.box.label}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {fmt.pct(share)}
      </Typography>
    </ButtonBase>
  );
};

/** The nine boxes; `box` is the one opened (null: none), `onSelect` opens or closes one. */
export const TalentGrid = ({ cells, box, onSelect }: { cells: Cell[]; box: number | null; onSelect: (box: number | null) => void }) => {
  const translate = useTranslate();
  const placed = cells.reduce((sum, c) => sum + c.count, 0);
  const cellAt = (potential: string, performance: string) => cells.find((c) => c.box.potential === potential && c.box.performance === performance);
  return (
    <Box role="grid" aria-label={translate('asn.talent.title')} sx={{ display: 'grid', gridTemplateColumns: { xs: '28px repeat(3, 1fr)', sm: '40px repeat(3, 1fr)' }, gap: 1, maxWidth: 900 }}>
      {POTENTIAL_ROWS.map((potential, r) => (
        <Box key={potential} role="row" sx={{ display: 'contents' }}>
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
            <Typography variant="caption" sx={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', whiteSpace: 'nowrap' }}>
              {r === 1 ? `${translate('asn.talent.potential')} · ` : ''}
              {translate(`asn.enums.PotentialLevel.${potential}`)}
            </Typography>
          </Box>
          {PERFORMANCE_COLUMNS.map((performance) => {
            const cell = cellAt(potential, performance);
            return (
              <Box key={performance} role="gridcell">
                {cell && <BoxCell cell={cell} total={placed} selected={box === cell.box.box} onSelect={() => onSelect(box === cell.box.box ? null : cell.box.box)} />}
              </Box>
            );
          })}
        </Box>
      ))}
      <Box />
      {PERFORMANCE_COLUMNS.map((performance) => (
        <Typography key={performance} variant="caption" sx={{ textAlign: 'center' }}>
          {translate(`asn.enums.Expectation.${performance}`)}
        </Typography>
      ))}
      <Box />
      <Typography variant="caption" color="text.secondary" sx={{ gridColumn: 'span 3', textAlign: 'center' }}>
        {translate('asn.talent.performance')} →
      </Typography>
    </Box>
  );
};
