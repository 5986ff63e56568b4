export { useUnit } from './api/units';
export { AgencySelect, type AgencySelectProps } from './components/AgencySelect';
export { UnitCombobox, type UnitComboboxProps } from './components/UnitCombobox';
