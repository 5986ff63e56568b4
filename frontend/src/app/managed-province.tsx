import { useTranslation } from 'react-i18next';
import { ALL_PROVINCES, ProvinceSelect, useProvinceWords } from '@/features/provinces';
import { can } from '@/lib/auth/capabilities';
import { useClaims } from '@/lib/auth/claims';
import { config } from '@/lib/config';
import { useProvinceChoice } from './public-dashboard-province';

/** Whose units and organisations a managers' page is about, and who may choose another. */
export interface ManagedProvince {
  /** What the API is asked for (`?province=`): a province's key; '' for every province (only where `every`) or for a manager's own scope. */
  code: string;
  /** The province select's value (the address's `?tinh=` where it is one the caller may choose). */
  choice: string;
  /** False for an address naming what cannot be a province's key (the page says it knows no such province). */
  valid: boolean;
  /** The provinces the caller may choose among: null, any the portal serves (ADMIN); none for a manager. */
  choices: readonly string[] | null;
  choose: (code: string) => void;
}

/**
 * The province of a managers' page, chosen in the address (`?tinh=`, as on the dashboards) by an
 * administrator: the national administrator any (the deployment's province by default; with `every`,
 * `toan-quoc` too, for figures summed), a province administrator only its own (its first by default),
 * a unit or organisation manager none (their figures are their own scope's, no province named).
 */
export function useManagedProvince({ every = false }: { every?: boolean } = {}): ManagedProvince {
  const claims = useClaims();
  const { province, choose } = useProvinceChoice();
  if (can(claims, 'anyProvince')) {
    if (!every && province.choice === ALL_PROVINCES) {
      return { code: config.province, choice: config.province, valid: true, choices: null, choose };
    }
    return { ...province, choices: null, choose };
  }
  const own = can(claims, 'admin') ? claims.provinces : [];
  const choice = own.includes(province.choice) ? province.choice : (own[0] ?? '');
  return { code: choice, choice, valid: true, choices: own, choose };
}

/** A province administrator's one province, named: the page is about it alone. */
function OwnProvince({ code }: { code: string }) {
  const { t } = useTranslation();
  return <p>{t('manager.ownProvince', useProvinceWords(code))}</p>;
}

/**
 * "Tỉnh, thành phố" of a managers' page: every province the portal serves for the national administrator
 * (and "every province" with `every`), a province administrator's own where it has several, named where
 * it has one; nothing for a manager.
 */
export function ManagedProvinceSelect({
  id,
  province,
  every = false,
}: {
  id: string;
  province: ManagedProvince;
  every?: boolean;
}) {
  if (province.choices?.length === 1) return <OwnProvince code={province.code} />;
  if (province.choices !== null && province.choices.length < 2) return null;
  return (
    <ProvinceSelect
      id={id}
      value={province.choice}
      onChange={province.choose}
      every={every && province.choices === null}
      only={province.choices ?? undefined}
    />
  );
}
