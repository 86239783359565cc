// A small line over a few periods (IKM per year), the last point marked. Drawn in SVG with theme
// colours; described to assistive technology by its values.
import { useTheme } from '@mui/material';
import { linePoints } from './data';

export const Sparkline = ({ values, label, min, max, width = 96, height = 28, color }: { values: (number | null)[]; label: string; min: number; max: number; width?: number; height?: number; color?: string }) => {
  const theme = useTheme();
  const stroke = color ?? theme.palette.primary.main;
  const pad = 3;
  const runs = linePoints(values, width - 2 * pad, height - 2 * pad, min, max).map((run) => run.map((p) => ({ x: p.x + pad, y: p.y + pad })));
  const last = runs.at(-1)?.at(-1);
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ display: 'block', overflow: 'visible' }}>
      <title>{label}</title>
      <line x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} stroke={theme.palette.divider} strokeWidth={1} />
      {runs.map((run, i) =>
        run.length === 1 ? (
          <circle key={i} cx={run[0].x} cy={run[0].y} r={2} fill={stroke} />
        ) : (
          <polyline key={i} points={run.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke={stroke} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
        ),
      )}
      {last && <circle cx={last.x} cy={last.y} r={3} fill={stroke} stroke={theme.palette.background.paper} strokeWidth={1} />}
    </svg>
  );
};
