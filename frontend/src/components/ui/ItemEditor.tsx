import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

/** What an editor's list is changing: nothing, a new item, or one of its items. */
export type Editing<T> = T | 'new' | null;

/**
 * The add button of an editor's list, or in its place the form of what is being edited (`null`: a new item).
 * The form is drawn afresh for another item, and closes with `done`.
 */
export function AddOrEdit<T extends { id: string | number }>({
  editing,
  onEdit,
  addLabel,
  addDisabled,
  children,
}: {
  editing: Editing<T>;
  onEdit: (editing: Editing<T>) => void;
  addLabel: string;
  addDisabled?: boolean;
  children: (item: T | null, done: () => void) => ReactNode;
}) {
  if (editing === null) {
    return (
      <div className="actions">
        <Button onClick={() => onEdit('new')} disabled={addDisabled}>
          {addLabel}
        </Button>
      </div>
    );
  }
  return (
    <Fragment key={editing === 'new' ? 'new' : editing.id}>
      {children(editing === 'new' ? null : editing, () => onEdit(null))}
    </Fragment>
  );
}

/**
 * The buttons of one item of an editor's list: edit it, and a destructive action (delete, remove, close) that
 * only asks first: `onDanger` opens the confirmation, never acts. The `…Label`s name the item for screen readers.
 */
export function RowActions({
  onEdit,
  editLabel,
  danger,
  onDanger,
  dangerLabel,
}: {
  onEdit: () => void;
  editLabel?: string;
  danger: string;
  onDanger: () => void;
  dangerLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Button variant="secondary" onClick={onEdit} aria-label={editLabel}>
        {t('admin.edit')}
      </Button>
      <Button variant="danger" onClick={onDanger} aria-label={dangerLabel}>
        {danger}
      </Button>
    </>
  );
}
