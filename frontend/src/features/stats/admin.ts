// The administrator's side of the statistics: what the figures are measured against. An entry of its
// own, so the dashboards' chunks do not carry the editors.
export { Denominators } from './components/DenominatorsManager';
export { VillageDenominatorsTable, type VillageItem } from './components/VillageDenominators';
export { TargetsManager } from './components/TargetsManager';
