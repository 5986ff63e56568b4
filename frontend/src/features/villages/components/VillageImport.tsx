import { useTranslation } from 'react-i18next';
import { FileImport } from '@/components/ui/FileImport';
import { useImportVillages, villageTemplateUrl } from '../api/villages';

/** A unit's villages from a spreadsheet: checked first (a dry run, row by row), then written all at once. */
export function VillageImport({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <FileImport id="village" texts="villages" send={useImportVillages(code)}>
      <p>
        <a href={villageTemplateUrl('xlsx')} download>
          {t('villages.templateXlsx')}
        </a>{' '}
        ·{' '}
        <a href={villageTemplateUrl('csv')} download>
          {t('villages.templateCsv')}
        </a>
      </p>
    </FileImport>
  );
}
