import { useSearchParams } from 'react-router';
import { ALL_PROVINCES } from '@/features/provinces/api/provinces';
import { config } from '@/lib/config';
import { PROVINCE_CODE } from '@/lib/province';

/** The public dashboard's address names whose figures it shows: `/thong-ke?tinh=hue`, so a link shares the choice. */
export const PROVINCE_PARAM = 'tinh';

/**
 * Whose figures `/thong-ke` shows (the route's loader and the page read it alike): `?tinh=` a province's
 * key, or `toan-quoc` for every province summed; the deployment's province without it. `code` is what
 * the API is asked for (empty: every province); `valid` is false for what cannot be a province's key,
 * which the page answers as a province it does not know, without asking.
 */
export function dashboardProvince(search: URLSearchParams): { choice: string; code: string; valid: boolean } {
  const choice = search.get(PROVINCE_PARAM) || config.province;
  if (choice === ALL_PROVINCES) return { choice, code: '', valid: true };
  return { choice, code: choice, valid: PROVINCE_CODE.test(choice) };
}

/**
 * The province the page's address names (`dashboardProvince`) and how to choose another: the choice goes
 * into the address (`?tinh=`), the rest of it kept, the scroll where it was. The public dashboard and the
 * managers' dashboard (an administrator's) read it alike.
 */
export function useProvinceChoice() {
  const [searchParams, setSearchParams] = useSearchParams();
  const choose = (code: string) =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        next.set(PROVINCE_PARAM, code);
        return next;
      },
      { preventScrollReset: true },
    );
  return { province: dashboardProvince(searchParams), choose };
}
