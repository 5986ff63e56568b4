// The administrator's side of the statistics: what the figures are measured against. An entry of its
// own, so the dashboards' chunks do not carry the editors.
export { Denominators } from './components/DenominatorsManager';
export { VillageDenominatorsTable, type VillageItem } from './components/VillageDenominators';
export { TargetsManager } from './components/TargetsManager';
export { ProvinceFiguresTable, sortProvinces, type ProvinceSort } from './components/ProvinceFiguresTable';
export { provinceFiguresKey, useProvinceFigures, type ProvinceFiguresRow } from './api/province-figures';
