import { useTranslation } from 'react-i18next';
import { Button, FormMessages, NewPasswordField, PasswordField } from '@/components/ui';
import type { Profile } from '@/lib/api/types';
import { useApiForm } from '@/lib/use-api-form';
import { useUpdateMe } from '../api/me';
import { PASSWORD_FIELDS, validatePasswordChange, type PasswordFieldName } from '../schemas';

const empty: Record<PasswordFieldName, string> = { currentPassword: '', newPassword: '', confirmPassword: '' };
const fieldId = (field: string) => `password-${field}`;

export function ChangePasswordForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const form = useApiForm({
    initial: empty,
    fields: PASSWORD_FIELDS,
    fieldId,
    clearOnEdit: true,
    validate: (values) => validatePasswordChange(values, profile),
  });

  const onSubmit = form.submit(async ({ currentPassword, newPassword }) => {
    await update.mutateAsync({ currentPassword, newPassword });
    form.setValues(empty);
    form.setNotice({ variant: 'success', text: t('account.passwordChanged') });
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t('account.passwordTitle')}</h2>
      <FormMessages form={form} summary />
      {/* lets password managers tie the new password to the account */}
      <input
        type="text"
        name="username"
        autoComplete="username"
        value={profile.phone ?? profile.email ?? ''}
        readOnly
        hidden
      />
      <PasswordField
        {...form.field('currentPassword')}
        label={t('account.currentPassword')}
        autoComplete="current-password"
      />
      <NewPasswordField
        {...form.field('newPassword')}
        label={t('account.newPassword')}
        hint={t('account.newPasswordHint')}
      />
      <NewPasswordField {...form.field('confirmPassword')} label={t('account.confirmNewPassword')} />
      <Button type="submit" loading={update.isPending} loadingText={t('account.changingPassword')}>
        {t('account.changePassword')}
      </Button>
    </form>
  );
}
