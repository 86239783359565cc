// "Ganti kata sandi" in the user menu: the signed-in user changes their own password (the server
// checks the current one and the password rule; its messages show on the fields).
import KeyIcon from '@mui/icons-material/Key';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef, useState } from 'react';
import { PasswordInput, required, useTranslate, useUserMenu } from 'react-admin';
import { authProvider, sessionUser } from '../authProvider';
import { DialogForm } from '../common/DialogForm';
import { request } from '../dataProvider/client';
import { ChangePasswordDocument } from '../gql/graphql';

const FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'] as const;

const sameAsNew = (value: unknown, values: Record<string, unknown>) => (value === values.newPassword ? undefined : 'asn.password.mismatch');

export const ChangePasswordMenuItem = forwardRef<HTMLLIElement>((props, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  const [open, setOpen] = useState(false);
  return (
    <>
      <MenuItem ref={ref} {...props} onClick={() => setOpen(true)}>
        <ListItemIcon>
          <KeyIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{translate('asn.password.menu')}</ListItemText>
      </MenuItem>
      <DialogForm
        open={open}
        title={translate('asn.password.title')}
        fields={FIELDS}
        successMessage="asn.password.changed"
        onClose={() => {
          setOpen(false);
          userMenu?.onClose();
        }}
        onSubmit={async (v) => {
          const newPassword = String(v.newPassword ?? '');
          await request(ChangePasswordDocument, { currentPassword: String(v.currentPassword ?? ''), newPassword });
          // The change revokes every earlier token, this session's too: sign in again with the new one.
          const user = sessionUser();
          if (user) await authProvider.login({ username: user.email, password: newPassword });
        }}
      >
        <PasswordInput source="currentPassword" label="asn.password.current" validate={required()} fullWidth autoComplete="current-password" />
        <PasswordInput source="newPassword" label="asn.password.new" validate={required()} fullWidth autoComplete="new-password" helperText="asn.password.rule" />
        <PasswordInput source="repeatPassword" label="asn.password.repeat" validate={[required(), sameAsNew]} fullWidth autoComplete="new-password" />
      </DialogForm>
    </>
  );
});
ChangePasswordMenuItem.displayName = 'ChangePasswordMenuItem';
