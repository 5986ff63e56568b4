import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui';
import { logOut } from '@/lib/auth/actions';

export function LogoutButton({ onLoggedOut }: { onLoggedOut: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      loading={busy}
      loadingText={t('account.loggingOut')}
      onClick={async () => {
        setBusy(true);
        await logOut();
        queryClient.clear();
        onLoggedOut();
      }}
    >
      {t('account.logout')}
    </Button>
  );
}
