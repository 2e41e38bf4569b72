import type {
  ComponentProps,
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
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

type TextAreaFieldProps = FieldBase &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'value' | 'onChange'> & {
    readonly value: string;
    readonly onValueChange: (value: string) => void;
  };

/**
 * A labelled multi-line text input with its description and error message (Utrecht form field + textarea).
 * `required` is announced (aria-required) but not set on the element: the Utrecht textarea shows :invalid
 * as an error, which an empty required field would be before anything was sent.
 */
export function TextAreaField({
  id,
  label,
  error,
  description,
  optional,
  value,
  onValueChange,
  rows = 4,
  required,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <div
      className={cx(
        'utrecht-form-field',
        'utrecht-form-field--textarea',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <FieldLabel id={id} label={label} optional={optional ?? false} />
      <FieldMessages id={id} description={description} error={error} />
      <div className="utrecht-form-field__input">
        <textarea
          id={id}
          name={id}
          rows={rows}
          className={cx(
            'utrecht-textarea',
            'utrecht-textarea--html-textarea',
            error && 'utrecht-textarea--invalid',
          )}
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy(id, description, error)}
          {...textarea}
        />
      </div>
    </div>
  );
}

/** The id of one option's input in a radio group: the error summary links to the first. */
export function radioId(groupId: string, value: string): string {
  return `${groupId}-${value}`;
}

type RadioGroupFieldProps = Omit<FieldBase, 'label'> & {
  readonly legend: ReactNode;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly options: ReadonlyArray<SelectOption & { readonly description?: string }>;
};

/**
 * A group of radio buttons in a fieldset with a legend (Utrecht form fieldset + radio form fields). The
 * description and error message belong to the group; every option says it is invalid when the group is.
 */
export function RadioGroupField({
  id,
  legend,
  error,
  description,
  optional,
  value,
  onValueChange,
  options,
}: RadioGroupFieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset
      id={id}
      className={cx(
        'utrecht-form-fieldset',
        'utrecht-form-fieldset--html-fieldset',
        'duiden-radio-group',
        error && 'utrecht-form-fieldset--invalid',
      )}
      aria-describedby={describedBy(id, description, error)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
        {optional ? <span className="duiden-optional"> {t('form.optional')}</span> : null}
      </legend>
      <FieldMessages id={id} description={description} error={error} />
      {options.map((o) => {
        const optionId = radioId(id, o.value);
        return (
          <div className="utrecht-form-field utrecht-form-field--radio" key={o.value}>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>
                {o.label}
              </label>
            </div>
            <div className="utrecht-form-field__input">
              <input
                id={optionId}
                name={id}
                type="radio"
                value={o.value}
                className="utrecht-radio-button--html-input duiden-radio"
                checked={value === o.value}
                onChange={() => onValueChange(o.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={o.description ? `${optionId}-description` : undefined}
              />
            </div>
            {o.description ? (
              <div
                className="utrecht-form-field__description utrecht-form-field-description"
                id={`${optionId}-description`}
              >
                {o.description}
              </div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/** A fieldset with a legend, to group fields that belong together (e.g. one observation). */
export function Fieldset({
  legend,
  children,
  className,
  id,
}: {
  readonly legend: ReactNode;
  readonly children: ReactNode;
  readonly className?: string;
  readonly id?: string;
}) {
  return (
    <fieldset
      id={id}
      className={cx('utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', className)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {children}
    </fieldset>
  );
}

/**
 * A whole number typed in a text field, as the API wants it; anything else is sent as typed, for the server
 * to refuse by name. An empty field is left out.
 */
export function typedWhole(value: string, digits = 3): number | string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  return new RegExp(`^\\d{1,${digits}}$`).test(v) ? Number(v) : v;
}

/** A required whole number typed in a text field (a number of days, hours, months), at most `digits` long. */
export function WholeNumberField({
  digits = 3,
  ...field
}: Omit<ComponentProps<typeof TextField>, 'inputMode' | 'autoComplete' | 'maxLength' | 'required'> & {
  readonly digits?: number;
}) {
  return <TextField inputMode="numeric" autoComplete="off" maxLength={digits} required {...field} />;
}
