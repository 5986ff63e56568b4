import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageTitle } from '@/components/ui';
import { CredentialCheck, VerificationResult, VerifyForm } from '@/features/certificates';
import { paths } from '@/lib/paths';

/** Public: the page a certificate's QR code opens, and a form to type a code. */
export default function VerifyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  return (
    <div className="stack">
      <PageTitle title={t('verify.title')}>{t('verify.title')}</PageTitle>
      {code ? (
        // as tall as a valid certificate's details, so the form below does not jump when they arrive
        <div className="verification-slot">
          <VerificationResult code={code} />
        </div>
      ) : (
        <p>{t('verify.intro')}</p>
      )}
      <section aria-labelledby="verify-form-title" className="card">
        <h2 id="verify-form-title">{code ? t('verify.another') : t('verify.formTitle')}</h2>
        <VerifyForm key={code} onVerify={(value) => void navigate(paths.verifyCode(value))} />
      </section>
      <section aria-labelledby="credential-check-title" className="card">
        <h2 id="credential-check-title">{t('credential.sectionTitle')}</h2>
        <p>{t('credential.sectionIntro')}</p>
        <CredentialCheck />
      </section>
    </div>
  );
}
