// The administrator's side of the statistics: what the figures are measured against. An entry of its
// own, so the dashboards' chunks do not carry the editors.
export { Denominators } from './components/DenominatorsManager';
export { TargetsManager } from './components/TargetsManager';
