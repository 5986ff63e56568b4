export {
  organisationKeys,
  useOrganisationsById,
  type OrganisationKind,
  type OrganisationRef,
} from './api/organisations';
export { GroupOrganisationField, type GroupOrganisationFieldProps } from './components/GroupOrganisationField';
export { OrganisationCombobox, type OrganisationComboboxProps } from './components/OrganisationCombobox';
