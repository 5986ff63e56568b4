import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, Field, Markdown } from '@/components/ui';
import type { FieldSlotProps } from '@/lib/use-api-form';

interface Props extends FieldSlotProps {
  maxLength: number;
}

const TABS = ['write', 'preview'] as const;

/**
 * A plain textarea for Markdown with a "preview" tab: writing and checking on the same screen. The preview
 * is the renderer the lesson page uses, so the author sees exactly what learners will.
 */
export function MarkdownEditor({ id, label, hint, error, value, onChange, maxLength }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<(typeof TABS)[number]>('write');
  const tabsId = useId();
  const length = [...value].length;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <div className="tabs" role="tablist" aria-label={t('admin.markdown.tabs')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${tabsId}-${name}`}
            aria-selected={tab === name}
            aria-controls={`${tabsId}-${name}-panel`}
            onClick={() => setTab(name)}
          >
            {t(`admin.markdown.${name}`)}
          </button>
        ))}
      </div>
      <div id={`${tabsId}-write-panel`} role="tabpanel" aria-labelledby={`${tabsId}-write`} hidden={tab !== 'write'}>
        <textarea
          id={id}
          className="textarea"
          rows={16}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          spellCheck
        />
        <p className={length > maxLength ? 'field__error' : 'muted'}>
          {t('admin.markdown.count', { count: length, max: maxLength })}
        </p>
      </div>
      <div
        id={`${tabsId}-preview-panel`}
        role="tabpanel"
        aria-labelledby={`${tabsId}-preview`}
        hidden={tab !== 'preview'}
        className="markdown-preview"
      >
        {value.trim() ? <Markdown source={value} /> : <p className="muted">{t('admin.markdown.empty')}</p>}
      </div>
    </Field>
  );
}
