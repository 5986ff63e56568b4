import { useTranslation } from 'react-i18next';
import { Button, EmailField, FormMessages, FullNameField, PhoneField, RadioGroup, Select } from '@/components/ui';
import { LEARNER_GROUPS, type LearnerGroup } from '@/lib/api/types';
import { type FieldErrors } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import { useAssistedRegistration } from '../api/assisted';

type Field = 'fullName' | 'phone' | 'email' | 'learnerGroup' | 'unitCode' | 'consent';
const FIELDS: Field[] = ['fullName', 'phone', 'email', 'learnerGroup', 'unitCode', 'consent'];
const fieldId = (field: string) => `assisted-${field}`;

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
  const empty = {
    fullName: '',
    phone: '',
    email: '',
    learnerGroup: 'CITIZEN' as LearnerGroup,
    unitCode: units[0] ?? '',
    consent: false,
  };
  const register = useAssistedRegistration();
  const consentText = t('assisted.consentText');
  const form = useApiForm({
    initial: empty,
    fields: FIELDS,
    fieldId,
    validate: (values) => {
      const found: FieldErrors<Field> = {};
      if (values.fullName.trim().length < 2) found.fullName = { key: 'assisted.fullNameRequired' };
      if (!values.phone.trim() && !values.email.trim()) found.phone = { key: 'assisted.contactRequired' };
      if (!values.consent) found.consent = { key: 'assisted.consentRequired' };
      return found;
    },
  });
  const { values } = form;
  const consentError = form.errors.consent;

  const onSubmit = form.submit(async (v) => {
    const account = await register.mutateAsync({
      fullName: v.fullName.trim(),
      phone: v.phone.trim() || null,
      email: v.email.trim() || null,
      learnerGroup: v.learnerGroup,
      unitCode: v.unitCode,
      consent: true,
      consentText,
    });
    form.setNotice({
      variant: 'success',
      text: t(account.codeSentTo === 'EMAIL' ? 'assisted.registeredEmail' : 'assisted.registeredPhone', {
        name: account.fullName,
      }),
    });
    form.setValues(empty);
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="assisted-register-title">
      <h2 id="assisted-register-title">{t('assisted.registerTitle')}</h2>
      <p>{t('assisted.registerIntro')}</p>
      <FormMessages form={form} summary />
      <FullNameField {...form.field('fullName')} label={t('assisted.fullName')} autoComplete="off" />
      <PhoneField {...form.field('phone')} label={t('assisted.phone')} hint={t('assisted.phoneHint')} someoneElse />
      <EmailField {...form.field('email')} label={t('assisted.email')} optional someoneElse />
      <RadioGroup
        {...form.field('learnerGroup')}
        name="assisted-learnerGroup"
        legend={t('assisted.learnerGroup')}
        options={LEARNER_GROUPS.map((group) => ({ value: group, label: t(`groups.${group}`) }))}
      />
      {units.length > 1 && (
        <Select
          {...form.field('unitCode')}
          label={t('assisted.unit')}
          options={units.map((code) => ({ value: code, label: code }))}
        />
      )}
      <div className={['field', consentError ? 'field--error' : ''].filter(Boolean).join(' ')}>
        {consentError && (
          <p id={`${fieldId('consent')}-error`} className="field__error">
            {consentError}
          </p>
        )}
        <div className="checkbox">
          <input
            id={fieldId('consent')}
            type="checkbox"
            checked={values.consent}
            onChange={(event) => form.set('consent', event.target.checked)}
            aria-describedby={consentError ? `${fieldId('consent')}-error` : undefined}
            aria-invalid={consentError ? true : undefined}
          />
          <label htmlFor={fieldId('consent')}>{consentText}</label>
        </div>
      </div>
      <Button type="submit" loading={register.isPending} loadingText={t('assisted.registering')}>
        {t('assisted.register')}
      </Button>
    </form>
  );
}
