import { useRef, useState, type FormEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from './api/problem';
import { addError, renderErrors, type FieldErrors } from './forms';

export interface ApiFormOptions<V, F extends string> {
  initial: V | (() => V);
  /** The fields that can show an error, in the order the form shows them (the error summary's order). */
  fields: readonly F[];
  /** The form's own checks, the API's rules again: a message (an i18n key) per failed field. */
  validate?: (values: V) => FieldErrors<F>;
  /** The form's name for an API field where the two differ (`unitCode` → `unit`); undefined: not on this form. */
  fieldOf?: Partial<Record<string, F>> | ((apiField: string) => F | undefined);
  /** A change of a value also takes away the form's message and notice (they spoke of what was sent). */
  clearOnEdit?: boolean;
  /** The id of a value's input (the error summary links to it); the value's name by default. */
  fieldId?: (name: string) => string;
}

export interface Notice {
  variant: 'success' | 'info';
  text: string;
}

/** What `TextField`, `PasswordField`, `Select`, `RadioGroup` and `MarkdownEditor` take for one value. */
export interface FieldProps<T = string> {
  id: string;
  value: T;
  onChange: (value: T) => void;
  error?: string;
}

/** A value of a narrower text type (`'TEXT' | 'VIDEO'`) is edited as text: its select or radios offer only its values. */
type Edited<T> = T extends string ? string : T;

/** A field another feature draws inside a form (a unit picker in the registration form): its label too. */
export interface FieldSlotProps<T = string> extends FieldProps<T> {
  label: string;
  hint?: string;
}

export interface ApiForm<V, F extends string> {
  values: V;
  setValues: (next: SetStateAction<V>) => void;
  /** Changes one value and clears that field's error (the person is fixing it). */
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  /** The props of the input of one value: `<TextField {...form.field('title')} label=… />`. */
  field: <K extends keyof V & string>(name: K) => FieldProps<Edited<V[K]>>;
  /** Each field's error, as text for the person. */
  errors: Partial<Record<F, string>>;
  setErrors: (errors: FieldErrors<F>) => void;
  /** One message for what belongs to no field: a network failure, a 409's detail, a violation elsewhere. */
  formError: string | null;
  setFormError: (text: string | null) => void;
  /** What the last submit achieved ("saved", "nothing changed"); cleared by the next submit. */
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
  /** The errors linked to their fields, for `<ErrorSummary items={…} focusKey={submitCount} />`. */
  summary: { fieldId: string; message: string }[];
  /** Changes on every submit, so the summary takes the focus each time. */
  submitCount: number;
  /**
   * The form's `onSubmit`: runs the checks, then `action` with the values unless a field failed; a
   * second submit while `action` runs is ignored. What `action` throws is shown by `fail`.
   */
  submit: (action: (values: V) => unknown) => (event?: FormEvent) => Promise<void>;
  /**
   * Shows a failed API call: each `validation_failed` violation (already in the person's language) on
   * its field, the violations of no field of this form in `formError`; any other failure's message there.
   */
  fail: (error: unknown) => void;
}

function fieldFor<F extends string>(
  apiField: string,
  fields: readonly F[],
  fieldOf: ApiFormOptions<unknown, F>['fieldOf'],
): F | undefined {
  const mapped = typeof fieldOf === 'function' ? fieldOf(apiField) : fieldOf?.[apiField];
  const name = mapped ?? apiField;
  return (fields as readonly string[]).includes(name) ? (name as F) : undefined;
}

/**
 * The one way every form here keeps its values, checks them with the API's rules before sending, and
 * shows what the API refused: the same Vietnamese messages on the same fields whichever side found the
 * problem. The fields stay the app's own accessible components (labels, hints, error summary).
 */
export function useApiForm<V extends object, F extends string>({
  initial,
  fields,
  validate,
  fieldOf,
  clearOnEdit = false,
  fieldId = (name) => name,
}: ApiFormOptions<V, F>): ApiForm<V, F> {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const running = useRef(false);

  function set<K extends keyof V>(field: K, value: V[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field as unknown as F] ? { ...current, [field]: undefined } : current));
    if (clearOnEdit) {
      setFormError(null);
      setNotice(null);
    }
  }

  function fail(error: unknown) {
    if (error instanceof ApiError && error.violations.length > 0) {
      const found: FieldErrors<F> = {};
      const other: string[] = [];
      for (const violation of error.violations) {
        const field = fieldFor(violation.field, fields, fieldOf);
        if (field) addError(found, field, { text: violation.message });
        else other.push(violation.message);
      }
      setErrors(found);
      setFormError(other.length ? other.join(' ') : null);
      return;
    }
    setFormError(errorMessage(error, t));
  }

  const submit = (action: (values: V) => unknown) => async (event?: FormEvent) => {
    event?.preventDefault();
    if (running.current) return;
    setFormError(null);
    setNotice(null);
    setSubmitCount((n) => n + 1);
    const found = validate?.(values) ?? {};
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    running.current = true;
    try {
      await action(values);
    } catch (error) {
      fail(error);
    } finally {
      running.current = false;
    }
  };

  const shown = renderErrors(t, errors);
  const summary = fields
    .filter((field) => shown[field])
    .map((field) => ({ fieldId: fieldId(field), message: shown[field] as string }));
  const field = <K extends keyof V & string>(name: K): FieldProps<Edited<V[K]>> => ({
    id: fieldId(name),
    value: values[name] as Edited<V[K]>,
    onChange: (value) => set(name, value as V[K]),
    error: shown[name as unknown as F],
  });
  return {
    values,
    setValues,
    set,
    field,
    errors: shown,
    setErrors,
    formError,
    setFormError,
    notice,
    setNotice,
    summary,
    submitCount,
    submit,
    fail,
  };
}
