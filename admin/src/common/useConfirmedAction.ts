// One way to run an action the user starts from a button: react-query's useMutation (what
// react-admin's own useUpdate/useDelete are built on) for the busy state, react-admin's notify for
// the outcome. useConfirmedAction adds a confirmation first and a refresh after, so the page shows
// what the server now holds (a version conflict included). Give it to react-admin's <Confirm>:
//
//   const action = useConfirmedAction({ run: () => request(Doc, vars), success: 'ra.notification.deleted' });
//   <Button onClick={action.ask} /> <Confirm {...action.confirmProps} title="..." content="..." />
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';

/** The message of a failure: the client's HttpError already carries the panel's wording. */
export const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface ActionOptions {
  /** Sends the mutation (throws the client's HttpError on failure). */
  run: () => Promise<unknown>;
  /** Notification after success (i18n key, `smart_count: 1`); none when omitted. */
  success?: string;
  /** Notification after a failure; default: the error's own message. */
  failure?: (e: unknown) => { message: string; messageArgs?: Record<string, unknown> };
  /** After success or failure (e.g. close a dialog, refresh the page). */
  settled?: () => void;
}

export interface Action {
  start: () => void;
  busy: boolean;
}

/** An action without confirmation (a download, an export): busy while it runs, a notification on failure. */
export function useAction({ run, success, failure, settled }: ActionOptions): Action {
  const notify = useNotify();
  const { mutate, isPending } = useMutation({
    mutationFn: run,
    onSuccess: () => {
      if (success) notify(success, { type: 'info', messageArgs: { smart_count: 1 } });
    },
    onError: (e) => {
      const { message, messageArgs } = failure?.(e) ?? { message: messageOf(e) };
      notify(message, { type: 'error', messageArgs });
    },
    onSettled: settled,
  });
  return { start: () => mutate(), busy: isPending };
}

export interface ConfirmedAction {
  /** Opens the confirmation. */
  ask: () => void;
  busy: boolean;
  /** The state of react-admin's <Confirm>; add its title and content. */
  confirmProps: { isOpen: boolean; loading: boolean; onConfirm: () => void; onClose: () => void };
}

/** Confirm, run, notify, refresh: a one-click change to a record (delete an entry, decide a proposal). */
export function useConfirmedAction({ success = 'ra.notification.updated', ...options }: ActionOptions): ConfirmedAction {
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const action = useAction({
    ...options,
    success,
    settled: () => {
      setOpen(false);
      refresh();
      options.settled?.();
    },
  });
  return {
    ask: () => setOpen(true),
    busy: action.busy,
    confirmProps: { isOpen: open, loading: action.busy, onConfirm: action.start, onClose: () => setOpen(false) },
  };
}
