export { downloadPdf, pdfUrl, useMyCertificates, useVerification } from './api/certificates';
export { CertificateCard } from './components/CertificateCard';
export { ShareLink } from './components/ShareLink';
export { VerificationResult } from './components/VerificationResult';
export { VerifyForm } from './components/VerifyForm';
export { CredentialCheck } from './components/CredentialCheck';
