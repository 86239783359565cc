// What every answer of a rule carries: its reasons, one per line, and its legal basis.
import { Box, Typography, type SxProps, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';

export const LegalBasis = ({ value }: { value: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="caption" color="text.secondary">
      {translate('asn.common.legal_basis')}: {value}
    </Typography>
  );
};

export const Reasons = ({ reasons, legalBasis, sx }: { reasons: readonly string[]; legalBasis: string; sx?: SxProps<Theme> }) => (
  <>
    <Box component="ul" sx={sx}>
      {reasons.map((r) => (
        <li key={r}>
          <Typography variant="body2">{r}</Typography>
        </li>
      ))}
    </Box>
    <LegalBasis value={legalBasis} />
  </>
);
