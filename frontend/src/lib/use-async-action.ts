import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './api/problem';

/**
 * What a button does that waits on the server (download a PDF, ask where to continue): `busy` while it
 * runs, and what failed as text for the person (the next run clears it). `run(action)` is the `onClick`.
 */
export function useAsyncAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = (action: () => Promise<unknown>) => async () => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error: error == null ? null : errorMessage(error, t), run };
}
