import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on narrow screens instead of squeezing its columns. Width 0 with
 * min-width 100%: its content does not widen the page (react-admin's layout grows to fit content).
 */
export const SCROLL_SX = { width: 0, minWidth: '100%', overflowX: 'auto' } as const;
export const ScrollBox = ({ children }: { children: ReactNode }) => <Box sx={SCROLL_SX}>{children}</Box>;
