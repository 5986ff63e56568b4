// The organisation tree as administrators manage it: an entry of its own, loaded with the admin pages.
export { OrganisationsManager } from './components/OrganisationsManager';
