export { ForgotPasswordForm } from './components/ForgotPasswordForm';
