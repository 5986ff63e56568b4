import { FileImport } from '@/components/ui/FileImport';
import { nationalTemplateUrl, useImportNationalResults } from '../api/national';

/** Results people earned on the national platform, from its file: checked first, then recorded all at once. */
export function NationalResultsImport() {
  return <FileImport id="national" texts="national" send={useImportNationalResults()} template={nationalTemplateUrl} />;
}
