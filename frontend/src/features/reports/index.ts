export { ReportForm, type ReportUnitSlotProps } from './components/ReportForm';
export { ReportList } from './components/ReportList';
export { REPORT_KINDS, type ReportKind } from './kinds';
