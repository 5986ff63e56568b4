export { unitKeys, useUnit, useUnitVillages } from './api/units';
export { AgencySelect, type AgencySelectProps } from './components/AgencySelect';
export { UnitCombobox, type UnitComboboxProps } from './components/UnitCombobox';
export { VillageCombobox, type VillageComboboxProps } from './components/VillageCombobox';
