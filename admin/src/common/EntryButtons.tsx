// Row actions of an editable list inside a record (history entries, qualifications, sanctions).
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { IconButton, Tooltip } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRefresh, useTranslate } from 'react-admin';

/** Pencil button that opens the entry's edit dialog. */
export const EditEntryButton = ({ onClick }: { onClick: () => void }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('ra.action.edit')}>
      <IconButton size="small" aria-label={translate('ra.action.edit')} onClick={(e) => {
          e.stopPropagation();
          onClick();
        }}
      >
        <EditIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
};

/**
 * Bin button with a confirmation; `remove` sends the version read, so a record changed by someone
 * else meanwhile is refused (CONFLICT) and the message says so.
 */
export const DeleteEntryButton = ({ what, remove }: { what: string; remove: () => Promise<unknown> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await remove();
      notify('ra.notification.deleted', { type: 'info', messageArgs: { smart_count: 1 } });
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
      refresh();
    }
  };
  return (
    <>
      <Tooltip title={translate('ra.action.delete')}>
        <IconButton size="small" color="error" aria-label={translate('ra.action.delete')} onClick={(e) => {
            e.stopPropagation();
            setOpen(true);
          }}
        >
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={open}
        loading={busy}
        title="asn.actions.delete_title"
        content="asn.actions.delete_content"
        translateOptions={{ what }}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
