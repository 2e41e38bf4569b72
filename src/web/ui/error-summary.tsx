import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { currentLanguage } from '../i18n/i18n';
import { revealField } from './disclosure';
import { useProblemMessage } from './problem';

export interface SummaryField {
  /** The field name the server uses in problem.errors[].field. */
  readonly field: string;
  /** The id of the input, to link to. */
  readonly id: string;
  readonly label: string;
}

/**
 * The error summary at the top of a form: the problem's message and a link to every field with an error.
 * It takes focus each time a new error arrives, so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({
  error,
  fields,
}: {
  readonly error: unknown;
  readonly fields: readonly SummaryField[];
}) {
  const { t, i18n } = useTranslation();
  const message = useProblemMessage();
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();

  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);

  if (!error) return null;
  const language = currentLanguage(i18n.resolvedLanguage);
  // In the order of the form; messages about fields the form does not show come last.
  const position = (field: string) => {
    const i = fields.findIndex((f) => f.field === field);
    return i < 0 ? fields.length : i;
  };
  const items =
    error instanceof ApiError ? [...error.errors].sort((a, b) => position(a.field) - position(b.field)) : [];
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="utrecht-alert utrecht-alert--error duiden-error-summary"
      aria-labelledby={headingId}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 className="utrecht-heading-2" id={headingId}>
            {message(error)}
          </h2>
          {items.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {items.map((e) => {
                const f = fields.find((x) => x.field === e.field);
                const text = f
                  ? t('form.summaryFieldError', { label: f.label, message: e[language] })
                  : e[language];
                return (
                  <li key={e.field}>
                    {f ? (
                      <a
                        href={`#${f.id}`}
                        className="utrecht-link utrecht-link--html-a"
                        onClick={(event) => {
                          event.preventDefault();
                          const target = document.getElementById(f.id);
                          if (!target) return;
                          revealField(target);
                          target.focus();
                        }}
                      >
                        {text}
                      </a>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      </div>
    </section>
  );
}
