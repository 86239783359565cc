// A small form in a dialog (adding or correcting one entry of a record: a rank, a placement, a
// qualification ...). The server's field problems show next to their inputs through react-admin's
// submission errors, the same way Edit/Create forms show them; anything else shows above the form.
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, useMediaQuery, type Theme } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Button, Form, HttpError, SaveButton, useNotify, useRefresh } from 'react-admin';
import type { ApiErrorBody } from '../dataProvider/client';

export interface DialogFormProps {
  open: boolean;
  title: string;
  /** Initial values (an existing entry when correcting it). */
  record?: Record<string, unknown>;
  /** The inputs' sources: a problem with another field is shown above the form instead. */
  fields: readonly string[];
  onClose: () => void;
  /** Sends the values; throws the client's HttpError on failure. */
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  children: ReactNode;
  /** Notification after saving (default: react-admin's created/updated). */
  successMessage?: string;
}

export const DialogForm = ({ open, title, record, fields, onClose, onSubmit, children, successMessage }: DialogFormProps) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const [problem, setProblem] = useState<string | null>(null);
  const fullScreen = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));

  const close = () => {
    setProblem(null);
    onClose();
  };

  const submit = async (values: Record<string, unknown>) => {
    setProblem(null);
    try {
      await onSubmit(values);
    } catch (e) {
      const body = e instanceof HttpError ? (e.body as ApiErrorBody | undefined) : undefined;
      const errors = body?.errors ?? {};
      const mine = Object.fromEntries(Object.entries(errors).filter(([field]) => fields.includes(field)));
      const others = Object.entries(errors).filter(([field]) => !fields.includes(field));
      // A conflict (stale version), a refusal or a problem with a field the form does not show.
      if (!Object.keys(mine).length || others.length) setProblem(others.length ? others.map(([, m]) => m).join('; ') : e instanceof Error ? e.message : String(e));
      return Object.keys(mine).length ? mine : undefined;
    }
    notify(successMessage ?? (record?.id ? 'ra.notification.updated' : 'ra.notification.created'), { type: 'info', messageArgs: { smart_count: 1 } });
    refresh();
    close();
    return undefined;
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" fullScreen={fullScreen} aria-labelledby="dialog-form-title">
      {open && (
        <Form record={record} onSubmit={submit} sanitizeEmptyValues={false}>
          <DialogTitle id="dialog-form-title">{title}</DialogTitle>
          <DialogContent>
            {problem && (
              <Alert severity="error" sx={{ mb: 2 }} role="alert">
                {problem}
              </Alert>
            )}
            {children}
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={close} />
            <SaveButton alwaysEnable />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
};
