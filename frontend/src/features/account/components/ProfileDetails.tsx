import { useTranslation } from 'react-i18next';
import { DetailRow } from '@/components/ui/DetailRow';
import type { Profile } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { formatPhone } from '@/lib/validation/phone';

export function ProfileDetails({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation();
  const none = <span className="muted">{t('account.none')}</span>;
  const rows: [string, React.ReactNode][] = [
    [t('account.fullName'), profile.fullName],
    [t('account.phone'), profile.phone ? formatPhone(profile.phone) : none],
    [t('account.email'), profile.email ?? none],
    [t('account.learnerGroup'), t(`groups.${profile.learnerGroup}`)],
    [t('account.unit'), profile.unit.name],
    [t('account.organisation'), profile.organisation?.name ?? none],
    ...(profile.learnerGroup === 'STUDENT'
      ? ([[t('register.className'), profile.className ?? none]] as [string, React.ReactNode][])
      : []),
    [t('account.roles'), profile.roles.map((r) => t(`roles.${r.role}`)).join(', ') || none],
    [t('account.createdAt'), formatDate(profile.createdAt, i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN')],
  ];
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <DetailRow key={term} label={term}>
          {value}
        </DetailRow>
      ))}
    </dl>
  );
}
