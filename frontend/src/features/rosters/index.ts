export { RosterImport } from './components/RosterImport';
export { ROSTER_KINDS, type RosterKind } from './kinds';
