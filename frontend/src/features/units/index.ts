export { AgencySelect, type AgencySelectProps } from './components/AgencySelect';
export { UnitCombobox, type UnitComboboxProps } from './components/UnitCombobox';
