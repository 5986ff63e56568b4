import { useTranslation } from 'react-i18next';
import { FileImport } from '@/components/ui/FileImport';
import { nationalTemplateUrl, useImportNationalResults } from '../api/national';

/** Results people earned on the national platform, from its file: checked first, then recorded all at once. */
export function NationalResultsImport() {
  const { t } = useTranslation();
  return (
    <FileImport id="national" texts="national" send={useImportNationalResults()}>
      <p>
        <a href={nationalTemplateUrl('xlsx')} download>
          {t('national.templateXlsx')}
        </a>{' '}
        ·{' '}
        <a href={nationalTemplateUrl('csv')} download>
          {t('national.templateCsv')}
        </a>
      </p>
    </FileImport>
  );
}
