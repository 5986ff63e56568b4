import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, describedBy, Field, FormMessages, TextField } from '@/components/ui';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { QueryState } from '@/components/ui/QueryState';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { formatInVietnam } from '@/lib/format';
import { cleanText, textLength } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import {
  useReportTemplates,
  useResetTemplate,
  useSaveTemplate,
  type ReportTemplate,
  type TemplateKind,
} from '../api/templates';

/** The API's limits (ReportTemplateUpdate): a title of 300 characters, a text of 20,000. */
const TITLE_MAX = 300;
const BODY_MAX = 20_000;

const MOMENT: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

/**
 * The templates an administrator edits (the province's notice, a commune's appendix): each its title and text,
 * the placeholders it may use (a click puts one where the cursor is), saved or put back to the built-in one.
 */
export function ReportTemplates() {
  const { t } = useTranslation();
  const templates = useReportTemplates();
  // a template put back to its default is drawn afresh from the server's answer
  const [restored, setRestored] = useState<Partial<Record<TemplateKind, number>>>({});
  return (
    <QueryState query={templates} errorTitle={t('reportTemplates.loadError')}>
      {templates.data?.map((template) => (
        <TemplateForm
          key={`${template.kind}-${restored[template.kind] ?? 0}`}
          template={template}
          restored={Boolean(restored[template.kind])}
          onRestored={() =>
            setRestored((current) => ({ ...current, [template.kind]: (current[template.kind] ?? 0) + 1 }))
          }
        />
      ))}
    </QueryState>
  );
}

/** Where a placeholder goes in the text: at the cursor; a table alone on its line. */
function insertAt(text: string, start: number, end: number, name: string, table: boolean) {
  let piece = `{{${name}}}`;
  if (table) {
    if (start > 0 && text[start - 1] !== '\n') piece = `\n${piece}`;
    if (end < text.length && text[end] !== '\n') piece = `${piece}\n`;
  }
  return { text: text.slice(0, start) + piece + text.slice(end), cursor: start + piece.length };
}

function TemplateForm({
  template,
  restored,
  onRestored,
}: {
  template: ReportTemplate;
  restored: boolean;
  onRestored: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveTemplate();
  const reset = useResetTemplate();
  const [confirming, setConfirming] = useState(false);
  const [resetError, setResetError] = useState<string | null>(null);
  const [showRestored, setShowRestored] = useState(restored);
  const body = useRef<HTMLTextAreaElement>(null);
  const prefix = `template-${template.kind}`;
  const form = useApiForm({
    initial: { title: template.title, body: template.body },
    fields: ['title', 'body'],
    fieldId: (name) => `${prefix}-${name}`,
    validate: (values) => ({
      ...(cleanText(values.title) ? {} : { title: { key: 'reportTemplates.titleRequired' } }),
      ...(!values.body.trim()
        ? { body: { key: 'reportTemplates.bodyRequired' } }
        : textLength(values.body) > BODY_MAX
          ? { body: { key: 'admin.validation.max', values: { max: BODY_MAX } } }
          : {}),
    }),
    clearOnEdit: true,
  });

  function edit(name: 'title' | 'body', value: string) {
    setShowRestored(false);
    form.set(name, value);
  }

  function insert(name: string, table: boolean) {
    const area = body.current;
    const text = form.values.body;
    const start = area?.selectionStart ?? text.length;
    const end = area?.selectionEnd ?? text.length;
    const next = insertAt(text, start, end, name, table);
    edit('body', next.text);
    // back to the text, the cursor after what was put in, once React has drawn it
    requestAnimationFrame(() => {
      body.current?.focus();
      body.current?.setSelectionRange(next.cursor, next.cursor);
    });
  }

  const onSubmit = form.submit(async (values) => {
    try {
      const saved = await save.mutateAsync({
        kind: template.kind,
        body: { title: cleanText(values.title), body: values.body },
      });
      form.setValues({ title: saved.title, body: saved.body });
      form.setNotice({ variant: 'success', text: t('reportTemplates.saved') });
    } catch (error) {
      // an unknown placeholder or a text too long: the server's words next to the text it is about
      if (error instanceof ApiError && error.status === 422 && error.violations.length === 0) {
        form.setErrors({ body: { text: errorMessage(error, t) } });
        return;
      }
      throw error;
    }
  });

  function restore() {
    setResetError(null);
    reset.mutate(template.kind, {
      onSuccess: () => {
        setConfirming(false);
        onRestored();
      },
      onError: (error) => {
        setConfirming(false);
        setResetError(errorMessage(error, t));
      },
    });
  }

  const headingId = `${prefix}-heading`;
  const bodyId = `${prefix}-body`;
  const bodyHint = t('reportTemplates.bodyHint');
  const bodyLength = textLength(form.values.body);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`reportTemplates.kinds.${template.kind}`)}</h2>
      <p className="muted">
        {template.custom && template.updatedAt
          ? t('reportTemplates.customSince', {
              time: formatInVietnam(template.updatedAt, MOMENT),
              name: template.updatedBy ?? '',
            })
          : t('reportTemplates.builtIn')}
      </p>
      {showRestored && <Alert variant="success">{t('reportTemplates.restored')}</Alert>}
      {resetError && <Alert variant="error">{resetError}</Alert>}
      <form className="form stack" noValidate onSubmit={onSubmit}>
        <FormMessages form={form} summary />
        <TextField
          {...form.field('title')}
          onChange={(value) => edit('title', value)}
          label={t('reportTemplates.title')}
          maxLength={TITLE_MAX}
        />
        <div className="template-editor">
          <Field id={bodyId} label={t('reportTemplates.body')} hint={bodyHint} error={form.errors.body}>
            <textarea
              ref={body}
              id={bodyId}
              className="textarea"
              rows={26}
              value={form.values.body}
              onChange={(event) => edit('body', event.target.value)}
              aria-invalid={form.errors.body ? true : undefined}
              aria-describedby={describedBy(bodyId, bodyHint, form.errors.body)}
              spellCheck
            />
            <p className={bodyLength > BODY_MAX ? 'field__error' : 'muted'}>
              {t('admin.markdown.count', { count: bodyLength, max: BODY_MAX })}
            </p>
          </Field>
          <div className="stack template-editor__placeholders">
            <h3 id={`${prefix}-placeholders`}>{t('reportTemplates.placeholders')}</h3>
            <p className="muted">{t('reportTemplates.placeholdersHint')}</p>
            <ul className="placeholder-list" aria-labelledby={`${prefix}-placeholders`}>
              {template.placeholders.map((placeholder) => (
                <li key={placeholder.name}>
                  <Button
                    variant="secondary"
                    className="placeholder-list__insert"
                    aria-label={t('reportTemplates.insert', { name: `{{${placeholder.name}}}` })}
                    onClick={() => insert(placeholder.name, placeholder.table)}
                  >
                    <code>{`{{${placeholder.name}}}`}</code>
                  </Button>{' '}
                  {placeholder.description}
                  {placeholder.table && <> {t('reportTemplates.table')}</>}
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div className="actions">
          <Button type="submit" loading={save.isPending} loadingText={t('admin.saving')}>
            {t('reportTemplates.save')}
          </Button>
          {template.custom && (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t('reportTemplates.restore')}
            </Button>
          )}
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('reportTemplates.restoreTitle', { name: t(`reportTemplates.kinds.${template.kind}`) })}
        confirmLabel={t('reportTemplates.restoreConfirm')}
        danger
        busy={reset.isPending}
        onConfirm={restore}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('reportTemplates.restoreBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
