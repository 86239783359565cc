import { List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { PublicLayout } from './PublicLayout';

/** Public pages register here: [path, title key, description key]. */
export const PUBLIC_PAGES: [string, string, string][] = [
  ['/publik/survei', 'asn.public.survey.title', 'asn.public.survey.description'],
  ['/publik/pengaduan', 'asn.public.feedback.title', 'asn.public.feedback.description'],
  ['/publik/lacak', 'asn.public.status.title', 'asn.public.status.description'],
  ['/publik/transparansi', 'asn.public.transparency.title', 'asn.public.transparency.description'],
];

export const PublicHome = () => {
  const translate = useTranslate();
  return (
    <PublicLayout title="asn.public.title">
      <Typography sx={{ mb: 2 }}>{translate('asn.public.intro')}</Typography>
      <List>
        {PUBLIC_PAGES.map(([path, title, description]) => (
          <ListItemButton key={path} component={Link} to={path}>
            <ListItemText primary={translate(title)} secondary={translate(description)} />
          </ListItemButton>
        ))}
      </List>
      <Typography variant="body2" color="text.secondary">
        <Link to="/login">{translate('asn.public.staff_login')}</Link>
      </Typography>
    </PublicLayout>
  );
};
