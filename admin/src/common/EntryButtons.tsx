// Row actions of an editable list inside a record (history entries, qualifications, sanctions) and
// other one-click changes, each confirmed first (useConfirmedAction).
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { IconButton, Tooltip } from '@mui/material';
import { Button, Confirm, useTranslate } from 'react-admin';
import { useConfirmedAction } from './useConfirmedAction';

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
  const action = useConfirmedAction({ run: remove, success: 'ra.notification.deleted' });
  return (
    <>
      <Tooltip title={translate('ra.action.delete')}>
        <IconButton size="small" color="error" aria-label={translate('ra.action.delete')} onClick={(e) => {
            e.stopPropagation();
            action.ask();
          }}
        >
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm {...action.confirmProps} title="asn.actions.delete_title" content="asn.actions.delete_content" translateOptions={{ what }} />
    </>
  );
};

/** A one-click change with a confirmation (complete a coaching plan, decide a recognition). */
export const ConfirmActionButton = ({ label, title, content, run, color }: { label: string; title: string; content: string; run: () => Promise<unknown>; color?: 'primary' | 'error' | 'success' }) => {
  const action = useConfirmedAction({ run });
  return (
    <>
      <Button label={label} size="small" color={color} onClick={action.ask} />
      <Confirm {...action.confirmProps} title={title} content={content} />
    </>
  );
};
