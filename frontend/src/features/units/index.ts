export { unitKeys, useUnit, useUnitVillages } from './api/units';
export { UnitCombobox, type UnitComboboxProps } from './components/UnitCombobox';
export { VillageCombobox, type VillageComboboxProps } from './components/VillageCombobox';
