import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from './class-names';

interface FieldBase {
  readonly id: string;
  readonly label: ReactNode;
  /** The server's (or the form's own) message for this field, shown next to it. */
  readonly error?: string | undefined;
  readonly description?: ReactNode;
  /** Marks the label "(niet verplicht)". */
  readonly optional?: boolean;
}

function describedBy(id: string, description: unknown, error: string | undefined): string | undefined {
  const ids = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldLabel({ id, label, optional }: Pick<FieldBase, 'id' | 'label' | 'optional'>) {
  const { t } = useTranslation();
  return (
    <div className="utrecht-form-field__label">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
        {optional ? <span className="duiden-optional"> {t('form.optional')}</span> : null}
      </label>
    </div>
  );
}

function FieldMessages({ id, description, error }: Pick<FieldBase, 'id' | 'description' | 'error'>) {
  const { t } = useTranslation();
  return (
    <>
      {description ? (
        <div
          className="utrecht-form-field__description utrecht-form-field-description"
          id={`${id}-description`}
        >
          {description}
        </div>
      ) : null}
      {error ? (
        <div
          className="utrecht-form-field__error-message utrecht-form-field-error-message"
          id={`${id}-error`}
        >
          <span className="duiden-visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </div>
      ) : null}
    </>
  );
}

type TextFieldProps = FieldBase &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'value' | 'onChange'> & {
    readonly value: string;
    readonly onValueChange: (value: string) => void;
  };

/** A labelled text input with its description and error message (Utrecht form field + textbox). */
export function TextField({
  id,
  label,
  error,
  description,
  optional,
  value,
  onValueChange,
  type = 'text',
  ...input
}: TextFieldProps) {
  return (
    <div
      className={cx('utrecht-form-field', 'utrecht-form-field--text', error && 'utrecht-form-field--invalid')}
    >
      <FieldLabel id={id} label={label} optional={optional ?? false} />
      <FieldMessages id={id} description={description} error={error} />
      <div className="utrecht-form-field__input">
        <input
          id={id}
          name={id}
          type={type}
          className={cx(
            'utrecht-textbox',
            'utrecht-textbox--html-input',
            type === 'password' && 'utrecht-textbox--password',
            error && 'utrecht-textbox--invalid',
          )}
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
          {...input}
        />
      </div>
    </div>
  );
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

type SelectFieldProps = FieldBase &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'value' | 'onChange'> & {
    readonly value: string;
    readonly onValueChange: (value: string) => void;
    readonly options: readonly SelectOption[];
    /** The text of an empty first option ("Kies ..."); left out when not given. */
    readonly placeholder?: string;
  };

/** A labelled select with its description and error message (Utrecht form field + select). */
export function SelectField({
  id,
  label,
  error,
  description,
  optional,
  value,
  onValueChange,
  options,
  placeholder,
  ...select
}: SelectFieldProps) {
  return (
    <div
      className={cx(
        'utrecht-form-field',
        'utrecht-form-field--select',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <FieldLabel id={id} label={label} optional={optional ?? false} />
      <FieldMessages id={id} description={description} error={error} />
      <div className="utrecht-form-field__input">
        <select
          id={id}
          name={id}
          className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid')}
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
          {...select}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

type CheckboxFieldProps = FieldBase & {
  readonly checked: boolean;
  readonly onCheckedChange: (checked: boolean) => void;
};

/** A checkbox with its label to the right (Utrecht form field, checkbox variant). */
export function CheckboxField({
  id,
  label,
  error,
  description,
  checked,
  onCheckedChange,
}: CheckboxFieldProps) {
  return (
    <div
      className={cx(
        'utrecht-form-field',
        'utrecht-form-field--checkbox',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <input
          id={id}
          name={id}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={checked}
          onChange={(e) => onCheckedChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
        />
      </div>
      <FieldMessages id={id} description={description} error={error} />
    </div>
  );
}
