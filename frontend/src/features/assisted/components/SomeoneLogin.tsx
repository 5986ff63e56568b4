import { PhoneOrEmailField } from '@/components/ui';
import { useApiForm, type ApiForm } from '@/lib/use-api-form';

type LoginForm = ApiForm<{ login: string }, 'login'>;

/**
 * A form about another person, named by their phone or e-mail (a helper starting their reset, a manager making
 * them a helper): that one field, required (`requiredKey`: the message when it is left empty).
 */
export function useSomeoneLoginForm(fieldId: string, requiredKey: string): LoginForm {
  return useApiForm({
    initial: { login: '' },
    fields: ['login'],
    fieldId: () => fieldId,
    validate: ({ login }) => (login.trim() ? {} : { login: { key: requiredKey } }),
  });
}

/** That person's phone or e-mail: the browser offers none of its own user's. */
export function SomeoneLoginField({ form, label, hint }: { form: LoginForm; label: string; hint: string }) {
  return <PhoneOrEmailField {...form.field('login')} label={label} hint={hint} someoneElse />;
}
