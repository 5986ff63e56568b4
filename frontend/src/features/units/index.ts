export { unitKeys, useUnit, useUnitVillages } from './api/units';
export { UnitCombobox, type UnitComboboxProps } from './components/UnitCombobox';
export { VillageSelect, type VillageSelectProps } from './components/VillageSelect';
