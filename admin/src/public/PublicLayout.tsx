import { AppBar, Box, Container, Toolbar, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { LocalesMenuButton, ToggleThemeButton, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { LocaleFormats } from '../i18n/format';

/** Frame of the pages anyone may open without logging in (surveys, feedback, transparency). */
export const PublicLayout = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <LocaleFormats>
      <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
        <AppBar position="static" color="primary">
          <Toolbar>
            <Typography variant="h6" component={Link} to="/publik" sx={{ color: 'inherit', textDecoration: 'none', flexGrow: 1 }}>
              {translate('asn.title')} · {translate('asn.public.title')}
            </Typography>
            <LocalesMenuButton />
            <ToggleThemeButton />
          </Toolbar>
        </AppBar>
        <Container maxWidth="md" sx={{ py: 3 }} component="main">
          <Typography variant="h4" component="h1" gutterBottom>
            {translate(title)}
          </Typography>
          {children}
        </Container>
      </Box>
    </LocaleFormats>
  );
};
