// The administrator's side of accounts (roles, sessions); an entry of its own, so the learners' chunks do not carry it.
export { RolesManager, type ScopeSlots } from './components/RolesManager';
