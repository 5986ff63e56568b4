export { organisationKeys } from './api/organisations';
