import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ErrorSummary, RadioGroup, Select, TextField } from '@/components/ui';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { LEARNER_GROUPS, type LearnerGroup } from '@/lib/api/types';
import { mapViolations, renderErrors, type FieldErrors } from '@/lib/forms';
import { useAssistedRegistration } from '../api/assisted';

type Field = 'fullName' | 'phone' | 'email' | 'learnerGroup' | 'unitCode' | 'consent';
const FIELDS: Field[] = ['fullName', 'phone', 'email', 'learnerGroup', 'unitCode', 'consent'];
const fieldId = (field: Field) => `assisted-${field}`;

interface Props {
  /** The units the helper helps in (from their token); the person must live or work in one of them. */
  units: string[];
}

/**
 * A helper registers a person who is with them. No password: the person sets their own with the code
 * sent to their phone (or e-mail). The person ticks the consent box themselves; its words are sent with
 * the request and kept as shown.
 */
export function AssistedRegistrationForm({ units }: Props) {
  const { t } = useTranslation();
  const empty = { fullName: '', phone: '', email: '', learnerGroup: 'CITIZEN' as LearnerGroup, unitCode: units[0] ?? '' };
  const [values, setValues] = useState(empty);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<{ name: string; via: string } | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const register = useAssistedRegistration();
  const consentText = t('assisted.consentText');

  function set(field: Exclude<Field, 'consent'>, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (register.isPending) return;
    setFormError(null);
    setDone(null);
    setSubmitCount((n) => n + 1);
    const found: FieldErrors<Field> = {};
    if (values.fullName.trim().length < 2) found.fullName = { key: 'assisted.fullNameRequired' };
    if (!values.phone.trim() && !values.email.trim()) found.phone = { key: 'assisted.contactRequired' };
    if (!consent) found.consent = { key: 'assisted.consentRequired' };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const account = await register.mutateAsync({
        fullName: values.fullName.trim(),
        phone: values.phone.trim() || null,
        email: values.email.trim() || null,
        learnerGroup: values.learnerGroup,
        unitCode: values.unitCode,
        consent: true,
        consentText,
      });
      setDone({ name: account.fullName, via: account.codeSentTo });
      setValues(empty);
      setConsent(false);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 400 || error.status === 409) && error.violations.length) {
        const { errors: mapped, other } = mapViolations(error.violations, FIELDS);
        setErrors(mapped);
        if (other.length) setFormError(other.join(' '));
      } else {
        setFormError(errorMessage(error, t));
      }
    }
  }

  const shown = renderErrors(t, errors);
  const summary = FIELDS.filter((field) => shown[field]).map((field) => ({ fieldId: fieldId(field), message: shown[field] as string }));

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="assisted-register-title">
      <h2 id="assisted-register-title">{t('assisted.registerTitle')}</h2>
      <p>{t('assisted.registerIntro')}</p>
      <ErrorSummary items={summary} focusKey={submitCount} />
      {formError && <Alert variant="error">{formError}</Alert>}
      {done && (
        <Alert variant="success">
          {t(done.via === 'EMAIL' ? 'assisted.registeredEmail' : 'assisted.registeredPhone', { name: done.name })}
        </Alert>
      )}
      <TextField id={fieldId('fullName')} label={t('assisted.fullName')} error={shown.fullName} value={values.fullName}
        onChange={(v) => set('fullName', v)} autoComplete="off" autoCapitalize="words" maxLength={100} />
      <TextField id={fieldId('phone')} label={t('assisted.phone')} hint={t('assisted.phoneHint')} error={shown.phone}
        value={values.phone} onChange={(v) => set('phone', v)} type="tel" inputMode="tel" autoComplete="off" maxLength={20} />
      <TextField id={fieldId('email')} label={t('assisted.email')} error={shown.email} optional value={values.email}
        onChange={(v) => set('email', v)} type="email" inputMode="email" autoComplete="off" autoCapitalize="none"
        spellCheck={false} maxLength={254} />
      <RadioGroup id={fieldId('learnerGroup')} name="assisted-learnerGroup" legend={t('assisted.learnerGroup')}
        error={shown.learnerGroup} value={values.learnerGroup} onChange={(v) => set('learnerGroup', v)}
        options={LEARNER_GROUPS.map((group) => ({ value: group, label: t(`groups.${group}`) }))} />
      {units.length > 1 && (
        <Select id={fieldId('unitCode')} label={t('assisted.unit')} error={shown.unitCode} value={values.unitCode}
          onChange={(v) => set('unitCode', v)} options={units.map((code) => ({ value: code, label: code }))} />
      )}
      <div className={['field', shown.consent ? 'field--error' : ''].filter(Boolean).join(' ')}>
        {shown.consent && (
          <p id={`${fieldId('consent')}-error`} className="field__error">
            {shown.consent}
          </p>
        )}
        <div className="checkbox">
          <input id={fieldId('consent')} type="checkbox" checked={consent}
            onChange={(event) => { setConsent(event.target.checked); setErrors((c) => ({ ...c, consent: undefined })); }}
            aria-describedby={shown.consent ? `${fieldId('consent')}-error` : undefined} aria-invalid={shown.consent ? true : undefined} />
          <label htmlFor={fieldId('consent')}>{consentText}</label>
        </div>
      </div>
      <Button type="submit" loading={register.isPending} loadingText={t('assisted.registering')}>
        {t('assisted.register')}
      </Button>
    </form>
  );
}
