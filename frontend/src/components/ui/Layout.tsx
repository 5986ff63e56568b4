import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigation } from 'react-router';
import { hasAnyRole, MANAGER_ROLES, useClaims } from '@/lib/auth/claims';
import { useSession } from '@/lib/auth/session';
import { configuredProvince } from '@/lib/config';
import type { ProvinceWords } from '@/lib/province';
import { LanguageSwitch } from './LanguageSwitch';
import { Spinner } from './Spinner';
import { UpdateBanner } from './UpdateBanner';

/**
 * `headerTools`: switches shown beside the language switch on every page (the app's "Chữ lớn");
 * `bell`: the notifications link of a logged-in person; `province`: the deployment's province as its
 * row of the API names it, config.js's name until then (the app passes all three; ui knows no feature).
 */
export function Layout({
  headerTools,
  bell,
  province = configuredProvince,
}: { headerTools?: ReactNode; bell?: ReactNode; province?: ProvinceWords } = {}) {
  const { t } = useTranslation();
  const { status } = useSession();
  const claims = useClaims();
  // the next page's code (and its data) is downloading: the current page stays until it is there
  const navigating = useNavigation().state === 'loading';

  return (
    <div className="app">
      {navigating && <div className="nav-progress" aria-hidden="true" />}
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="header">
        <div className="header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{t('common.appName')}</span>
            <span className="brand__province">{t('common.province', province)}</span>
          </Link>
          <div className="header__tools">
            {headerTools}
            <LanguageSwitch />
          </div>
        </div>
        <nav className="nav" aria-label={t('common.mainNav')}>
          <ul className="nav__list">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/thong-ke">{t('nav.publicStats')}</NavLink>
            </li>
            {status === 'authenticated' && hasAnyRole(claims, MANAGER_ROLES) && (
              <li>
                <NavLink to="/quan-ly">{t('nav.manager')}</NavLink>
              </li>
            )}
            {status === 'authenticated' && hasAnyRole(claims, ['HELPER']) && (
              <li>
                <NavLink to="/ho-tro">{t('nav.helper')}</NavLink>
              </li>
            )}
            {status === 'authenticated' && hasAnyRole(claims, ['ADMIN']) && (
              <li>
                <NavLink to="/quan-tri">{t('nav.admin')}</NavLink>
              </li>
            )}
            {status === 'authenticated' ? (
              <>
                {bell && <li>{bell}</li>}
                <li>
                  <NavLink to="/chung-nhan-cua-toi">{t('nav.certificates')}</NavLink>
                </li>
                <li>
                  <NavLink to="/tai-khoan">{t('nav.account')}</NavLink>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/dang-nhap">{t('nav.login')}</NavLink>
                </li>
                <li>
                  <NavLink to="/dang-ky">{t('nav.register')}</NavLink>
                </li>
                <li>
                  <NavLink to="/chung-nhan">{t('nav.verify')}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </header>
      <UpdateBanner />
      <main id="main" className="main" tabIndex={-1} aria-busy={navigating}>
        <Suspense fallback={<Spinner />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <p>{t('common.footer', province)}</p>
        {province.hotline && (
          <p>
            {t('common.hotline')} <a href={`tel:${province.hotline.replace(/[^\d+]/g, '')}`}>{province.hotline}</a>
          </p>
        )}
      </footer>
    </div>
  );
}
