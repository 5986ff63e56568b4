export { meQueryKey, useMe } from './api/me';
export { ChangePasswordForm } from './components/ChangePasswordForm';
export { EditProfileForm } from './components/EditProfileForm';
export { LogoutButton } from './components/LogoutButton';
export { ProfileDetails } from './components/ProfileDetails';
