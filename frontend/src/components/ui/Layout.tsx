import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigation } from 'react-router';
import { can, type Capability } from '@/lib/auth/capabilities';
import { hasAnyRole, useClaims } from '@/lib/auth/claims';
import { useSession } from '@/lib/auth/session';
import { configuredProvince } from '@/lib/config';
import type { ProvinceWords } from '@/lib/province';
import { LanguageSwitch } from './LanguageSwitch';
import { Spinner } from './Spinner';
import { UpdateBanner } from './UpdateBanner';

interface NavItem {
  to: string;
  label: string;
  /** Current only at this very address (the home page), not below it. */
  end?: boolean;
}

function navItem({ to, label, end }: NavItem) {
  return (
    <li key={to}>
      <NavLink to={to} end={end}>
        {label}
      </NavLink>
    </li>
  );
}

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
  const signedIn = status === 'authenticated';
  const may = (roles: Parameters<typeof hasAnyRole>[1]) => signedIn && hasAnyRole(claims, roles);
  const mayUse = (capability: Capability) => signedIn && can(claims, capability);
  // everyone's pages, then those of the caller's roles; the bell, then the person's own pages (or the way in)
  const links: NavItem[] = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/thong-ke', label: t('nav.publicStats') },
    ...(mayUse('dashboard') ? [{ to: '/quan-ly', label: t('nav.manager') }] : []),
    ...(may(['HELPER']) ? [{ to: '/ho-tro', label: t('nav.helper') }] : []),
    ...(mayUse('admin') ? [{ to: '/quan-tri', label: t('nav.admin') }] : []),
  ];
  const personal: NavItem[] = signedIn
    ? [
        { to: '/chung-nhan-cua-toi', label: t('nav.certificates') },
        { to: '/tai-khoan', label: t('nav.account') },
      ]
    : [
        { to: '/dang-nhap', label: t('nav.login') },
        { to: '/dang-ky', label: t('nav.register') },
        { to: '/chung-nhan', label: t('nav.verify') },
      ];

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
            {links.map(navItem)}
            {signedIn && bell && <li>{bell}</li>}
            {personal.map(navItem)}
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
