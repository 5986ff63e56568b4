// The organisation tree as administrators manage it: an entry of its own, loaded with the admin pages.
export { OrganisationName } from './components/OrganisationName';
export { OrganisationsManager } from './components/OrganisationsManager';
