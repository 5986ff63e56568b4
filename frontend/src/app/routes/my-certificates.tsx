import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, LoadError, PageTitle, Spinner } from '@/components/ui';
import { CertificateCard, useMyCertificates } from '@/features/certificates';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { RequireAuth } from '../RequireAuth';

function CertificateList() {
  const { t } = useTranslation();
  const list = useMyCertificates();
  if (list.isPending) return <Spinner />;
  if (list.isError)
    return <LoadError title={t('certs.loadError')} error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) {
    return (
      <div className="card stack">
        <p>{t('certs.empty')}</p>
        <Link className="btn btn--primary" to={paths.home}>
          {t('certs.goLearn')}
        </Link>
      </div>
    );
  }
  return (
    <ul className="cert-list">
      {list.data.items.map((c) => (
        <li key={c.code} className="card">
          <Link to={paths.myCertificate(c.code)} className="cert-list__link">
            {c.courseTitle}
          </Link>
          <p className="muted">
            {t('certs.listMeta', { code: c.code, date: formatDate(c.issuedAt) })}
            {c.status === 'REVOKED' ? ` · ${t('certs.revoked')}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}

function OneCertificate({ code }: { code: string }) {
  const { t } = useTranslation();
  const list = useMyCertificates();
  if (list.isPending) return <Spinner />;
  if (list.isError)
    return <LoadError title={t('certs.loadError')} error={list.error} onRetry={() => void list.refetch()} />;
  const wanted = code.toUpperCase();
  const certificate = list.data.items.find((c) => c.code.toUpperCase() === wanted);
  if (!certificate) {
    return (
      <Alert variant="error" title={t('certs.notYours')}>
        <Link to={paths.verifyCode(code)}>{t('certs.checkPublic')}</Link>
      </Alert>
    );
  }
  return <CertificateCard certificate={certificate} />;
}

export default function MyCertificatesPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  return (
    <RequireAuth>
      <div className="stack">
        <PageTitle title={code ? t('certs.oneTitle') : t('certs.title')}>
          {code ? t('certs.oneTitle') : t('certs.title')}
        </PageTitle>
        {code ? (
          <>
            <OneCertificate code={code} />
            <p>
              <Link to={paths.myCertificates}>{t('certs.allMine')}</Link>
            </p>
          </>
        ) : (
          <CertificateList />
        )}
      </div>
    </RequireAuth>
  );
}
