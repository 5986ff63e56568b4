import { useTranslation } from 'react-i18next';
import {
  Button,
  EmailField,
  FieldHint,
  FormMessages,
  FullNameField,
  NewPasswordField,
  PhoneField,
  RadioGroup,
} from '@/components/ui';
import { ApiError } from '@/lib/api/problem';
import { LEARNER_GROUPS, type LearnerGroup, type Profile, type RegisterRequest } from '@/lib/api/types';
import { cleanText } from '@/lib/forms';
import { PLACE_FIELD_OF, PlaceFields, type PickerSlots } from '@/lib/picker-slots';
import { useApiForm } from '@/lib/use-api-form';
import { useLogin, useRegister } from '../api/auth';
import {
  emptyRegisterValues,
  REGISTER_FIELDS,
  validateRegister,
  type RegisterField,
  type RegisterValues,
} from '../schemas';

interface Props extends PickerSlots {
  /** After the account is created; `loggedIn` is false if the automatic login failed, `reason` its problem code. */
  onRegistered: (profile: Profile, loggedIn: boolean, reason?: string) => void;
}

const fieldId = (field: string) => `register-${field}`;

export function toRegisterRequest(values: RegisterValues): RegisterRequest {
  const phone = values.phone.trim();
  const email = values.email.trim();
  const group = values.learnerGroup as LearnerGroup;
  const className = cleanText(values.className);
  return {
    fullName: cleanText(values.fullName),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
    password: values.password,
    learnerGroup: group,
    unitCode: values.unit?.code ?? '',
    ...(group !== 'CITIZEN' && values.organisation ? { organisationId: values.organisation.id } : {}),
    ...(values.village ? { villageId: Number(values.village) } : {}),
    ...(group === 'STUDENT' && className ? { className } : {}),
  };
}

export function RegisterForm({ onRegistered, ...slots }: Props) {
  const { t } = useTranslation();
  const register = useRegister();
  const login = useLogin();
  const busy = register.isPending || login.isPending;
  const form = useApiForm<RegisterValues, RegisterField>({
    initial: emptyRegisterValues,
    fields: REGISTER_FIELDS,
    fieldId,
    fieldOf: PLACE_FIELD_OF,
    validate: validateRegister,
  });

  const group = form.values.learnerGroup;
  const groupField = form.field('learnerGroup');

  const onSubmit = form.submit(async (values) => {
    let profile: Profile;
    try {
      profile = await register.mutateAsync(toRegisterRequest(values));
    } catch (error) {
      // a phone or e-mail already registered: said on its field
      if (!(error instanceof ApiError && error.status === 409 && error.violations.length === 0)) throw error;
      const taken = { text: error.problem?.detail ?? t('errors.generic') };
      form.setErrors(error.code === 'email_taken' ? { email: taken } : { phone: taken });
      return;
    }
    try {
      await login.mutateAsync({ login: values.phone.trim() || values.email.trim(), password: values.password });
      onRegistered(profile, true);
    } catch (error) {
      // phone_not_verified: the deployment asks for the code sent to the phone first
      onRegistered(profile, false, error instanceof ApiError ? error.code : undefined);
    }
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t('register.title')}>
      <FormMessages form={form} summary />

      <FullNameField
        {...form.field('fullName')}
        label={t('register.fullName')}
        hint={t('register.fullNameHint')}
        autoComplete="name"
      />

      <fieldset className="fieldset" aria-describedby="register-contact-hint">
        <legend className="field__label">{t('register.contactLegend')}</legend>
        <FieldHint id="register-contact">{t('register.contactHint')}</FieldHint>
        <PhoneField {...form.field('phone')} label={t('register.phone')} hint={t('register.phoneHint')} />
        <EmailField {...form.field('email')} label={t('register.email')} hint={t('register.emailHint')} />
      </fieldset>

      <NewPasswordField {...form.field('password')} label={t('register.password')} hint={t('register.passwordHint')} />
      <NewPasswordField {...form.field('confirmPassword')} label={t('register.confirmPassword')} />

      <RadioGroup
        {...groupField}
        onChange={(value) => {
          // a school is no enterprise: another group chooses its organisation again
          if (value !== group) form.set('organisation', null);
          groupField.onChange(value);
        }}
        name="learnerGroup"
        legend={t('register.learnerGroup')}
        options={LEARNER_GROUPS.map((group) => ({ value: group, label: t(`groups.${group}`) }))}
      />

      <PlaceFields {...slots} form={form} group={group} />

      <Button type="submit" loading={busy} loadingText={t('register.submitting')}>
        {t('register.submit')}
      </Button>
    </form>
  );
}
