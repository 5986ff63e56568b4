export { LoginForm } from './components/LoginForm';
export { RegisterForm, type AgencyFieldSlotProps, type UnitFieldSlotProps } from './components/RegisterForm';
