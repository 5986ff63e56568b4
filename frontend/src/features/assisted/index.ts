export { AssistedRegistrationForm } from './components/AssistedRegistrationForm';
export { AssistedResetForm } from './components/AssistedResetForm';
export { HelperActivityList, UnitHelpers } from './components/UnitHelpers';
export { PhoneVerificationForm } from './components/PhoneVerificationForm';
