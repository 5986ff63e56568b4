import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import { errorMessage } from './api/problem';

/**
 * An action on one item that a `ConfirmDialog` asks about first (remove a question, revoke a role):
 * which item waits for the answer, the dialog's props, and the last failure as text for the person.
 * The dialog closes whatever the server answers; `ask` forgets the previous failure.
 */
export function useConfirmedMutation<T, V, R>(
  mutation: UseMutationResult<R, Error, V>,
  variables: (item: T) => V,
  onDone?: (result: R) => void,
) {
  const { t } = useTranslation();
  const [item, setItem] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  return {
    item,
    error,
    ask: (next: T) => {
      setError(null);
      setItem(next);
    },
    /** `<ConfirmDialog {...confirmed.dialog} title=… confirmLabel=…>` */
    dialog: {
      open: item !== null,
      busy: mutation.isPending,
      onCancel: () => setItem(null),
      onConfirm: () => {
        if (item === null) return;
        mutation.mutate(variables(item), {
          onSuccess: (result) => {
            setItem(null);
            onDone?.(result);
          },
          onError: (cause) => {
            setItem(null);
            setError(errorMessage(cause, t));
          },
        });
      },
    },
  };
}
