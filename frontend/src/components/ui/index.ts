export { Alert } from './Alert';
export { Button } from './Button';
export { ErrorSummary, type SummaryItem } from './ErrorSummary';
export { Layout } from './Layout';
export { LanguageSwitch } from './LanguageSwitch';
export { PageTitle } from './PageTitle';
export { RadioGroup } from './RadioGroup';
export { filterOptions, Select } from './Select';
export { Spinner } from './Spinner';
export {
  CodeField,
  EmailField,
  FullNameField,
  NewPasswordField,
  PasswordField,
  PhoneField,
  PhoneOrEmailField,
  SearchField,
  TextField,
} from './TextField';
export { describedBy, Field, FieldError, FieldHint, FieldLabel, fieldIds } from './field';
export { Dialog } from './Dialog';
export { Markdown } from './Markdown';
export { ProgressBar } from './ProgressBar';
export { LoadError } from './QueryState';
export { ErrorScreen } from './ErrorScreen';
export { PageSkeleton } from './PageSkeleton';
export { FormMessages } from './FormMessages';
export { SearchCombobox, type SearchComboboxProps, type SearchComboboxTexts } from './SearchCombobox';
