import { useState, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, Field, type FieldFrameProps } from './field';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> &
  FieldFrameProps & {
    value: string;
    onChange: (value: string) => void;
    ref?: Ref<HTMLInputElement>;
  };

/**
 * What each kind of input needs on a phone, and the API's longest value for it (e-mail 254, phone 20,
 * a search 100): the keyboard it opens, no capitals or spelling fixes where they would spoil it.
 */
const BY_TYPE: Partial<Record<string, InputHTMLAttributes<HTMLInputElement>>> = {
  email: { inputMode: 'email', autoCapitalize: 'none', spellCheck: false, maxLength: 254 },
  tel: { inputMode: 'tel', maxLength: 20 },
  search: { maxLength: 100 },
};

export function TextField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onChange,
  type = 'text',
  ref,
  className,
  ...rest
}: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <input
        {...BY_TYPE[type]}
        {...rest}
        ref={ref}
        id={id}
        name={rest.name ?? id}
        type={type}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </Field>
  );
}

/** A password field with a "show password" box: typing blind is hard on a small phone. At most 128 characters, as the API. */
export function PasswordField(props: Omit<Props, 'type'>) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const toggleId = `${props.id}-show`;
  return (
    <div className="password-field">
      <TextField
        maxLength={128}
        {...props}
        type={visible ? 'text' : 'password'}
        spellCheck={false}
        autoCapitalize="none"
      />
      <div className="checkbox">
        <input id={toggleId} type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        <label htmlFor={toggleId}>{t('common.showPassword')}</label>
      </div>
    </div>
  );
}

/** The search box of a paged list (`usePagedSearch`): a new search starts again from the first page. */
export function SearchField({
  search,
  ...props
}: Omit<Props, 'type' | 'value' | 'onChange'> & { search: { search: string; setSearch: (text: string) => void } }) {
  return <TextField {...props} type="search" value={search.search} onChange={search.setSearch} />;
}

/**
 * The phone number or e-mail address that names an account: no capitals, no spelling fixes, at most 254
 * characters (an e-mail's longest). The browser offers the person's own login (`username`) unless the
 * form is about someone else's (`someoneElse`: a helper or a manager typing another person's).
 */
export function PhoneOrEmailField({ someoneElse, ...props }: Omit<Props, 'type'> & { someoneElse?: boolean }) {
  return (
    <TextField
      autoComplete={someoneElse ? 'off' : 'username'}
      autoCapitalize="none"
      spellCheck={false}
      maxLength={254}
      {...props}
    />
  );
}

/**
 * A phone number or an e-mail address of one's own or, with `someoneElse`, of the person a helper registers:
 * the browser offers the person's own (`tel`, `email`) only for their own.
 */
export function PhoneField({ someoneElse, ...props }: Omit<Props, 'type'> & { someoneElse?: boolean }) {
  return <TextField type="tel" autoComplete={someoneElse ? 'off' : 'tel'} {...props} />;
}

export function EmailField({ someoneElse, ...props }: Omit<Props, 'type'> & { someoneElse?: boolean }) {
  return <TextField type="email" autoComplete={someoneElse ? 'off' : 'email'} {...props} />;
}

/** A password being chosen: the browser offers to make one up and save it, never fills the saved one in. */
export function NewPasswordField(props: Omit<Props, 'type'>) {
  return <PasswordField autoComplete="new-password" {...props} />;
}

/** The 6-digit code a text message or an e-mail brought, typed as people read it ("123 456": at most 9 characters). */
export function CodeField(props: Omit<Props, 'type'>) {
  return <TextField autoComplete="one-time-code" inputMode="numeric" maxLength={9} {...props} />;
}

/** A person's full name as on their papers: each word starts with a capital, at most 100 characters (the API's). */
export function FullNameField(props: Omit<Props, 'type'>) {
  return <TextField autoCapitalize="words" maxLength={100} {...props} />;
}
