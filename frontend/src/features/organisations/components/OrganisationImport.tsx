import { FileImport } from '@/components/ui/FileImport';
import { useImportOrganisations } from '../api/organisations';

/** A spreadsheet of `province`'s organisations: checked first (a dry run, row by row), then written all at once. */
export function OrganisationImport({ province }: { province: string }) {
  return <FileImport id="organisation" texts="admin.organisations" send={useImportOrganisations(province)} />;
}
