import { FileImport } from '@/components/ui/FileImport';
import { useImportVillages, villageTemplateUrl } from '../api/villages';

/** A unit's villages from a spreadsheet: checked first (a dry run, row by row), then written all at once. */
export function VillageImport({ code }: { code: string }) {
  return <FileImport id="village" texts="villages" send={useImportVillages(code)} template={villageTemplateUrl} />;
}
