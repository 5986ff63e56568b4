export { NationalResultsImport } from './components/NationalResultsImport';
