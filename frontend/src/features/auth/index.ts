export { LoginForm } from './components/LoginForm';
export { RegisterForm, type OrganisationFieldSlotProps, type UnitFieldSlotProps } from './components/RegisterForm';
