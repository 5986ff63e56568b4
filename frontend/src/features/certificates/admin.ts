// The administrator's side of certificates; an entry of its own, so the learners' chunks do not carry it.
export { RevokeCertificate } from './components/RevokeCertificate';
