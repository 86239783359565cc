import { List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { PublicLayout } from './PublicLayout';

/** Public pages register here: [path, title key, description key]. */
export const PUBLIC_PAGES: [string, string, string][] = [];

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
