import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryField } from './error-summary';
import { type ConflictItems, type ConflictWords, OtherVersion } from './form-conflict';
import { FormFrame, type FormFrameProps } from './form-frame';
import type { useSettingsForm, Versioned } from './form-send';
import type { SavedDraft, VersionedSave } from './use-versioned-save';

interface VersionedFormProps<D, R, C extends Versioned>
  extends Pick<
    FormFrameProps,
    'danger' | 'moreActions' | 'labelledBy' | 'label' | 'id' | 'formRef' | 'className' | 'children'
  > {
  /** The form's state, from useVersionedSave. */
  readonly save: VersionedSave<D, R, C>;
  /** The fields in the order of the form: the error summary links to them. */
  readonly fields: readonly SummaryField[];
  /** The confirmation after a save, shown until the draft changes. */
  readonly savedMessage?: ReactNode | ((saved: SavedDraft<D, R>) => ReactNode);
  /** What the version now saved holds, shown next to the form after a 409. */
  readonly otherItems?: (other: C) => ConflictItems;
  readonly conflictWords?: ConflictWords;
  /** A panel of the screen's own for the version now saved, in place of otherItems. */
  readonly conflict?: ReactNode;
  readonly submitLabel: string;
  /** The submit button's look: the page's main action unless said otherwise. */
  readonly submitAppearance?: FormFrameProps['submitAppearance'];
}

/**
 * A FormFrame bound to useVersionedSave, for a form that changes something the server keeps versions of:
 * the confirmation of the last save, the error summary, after a 409 the version now saved next to the form
 * that keeps what was typed, the fields, and the submit button that shows the save running.
 */
export function VersionedForm<D, R, C extends Versioned>({
  save,
  savedMessage,
  otherItems,
  conflictWords,
  conflict,
  submitAppearance = 'primary-action',
  ...frame
}: VersionedFormProps<D, R, C>) {
  const saved = save.saved;
  const message = saved && (typeof savedMessage === 'function' ? savedMessage(saved) : savedMessage);
  const other = save.other;
  return (
    <FormFrame
      {...frame}
      done={message}
      error={save.error}
      busy={save.pending}
      onSubmit={() => save.submit()}
      submitAppearance={submitAppearance}
      conflict={
        <>
          {other && otherItems ? (
            <OtherVersion
              version={other.version}
              items={otherItems(other)}
              title={conflictWords?.title}
              intro={conflictWords?.intro(other.version)}
            />
          ) : null}
          {conflict}
        </>
      }
    />
  );
}

/** What useSettingsForm gives a form. */
type SettingsForm<S extends Versioned> = ReturnType<typeof useSettingsForm<S>>;

/**
 * A FormFrame bound to useSettingsForm, for a settings record of the municipality (Beheer, the privacy
 * officer's settings): the confirmation, the error summary, after a 409 the record now saved next to the form
 * that keeps what was typed (in the words of the settings screens, `beheer`), and the save button.
 */
export function SettingsFrame<S extends Versioned>({
  settings,
  id,
  otherId = `${id}-other`,
  savedMessage,
  otherItems,
  fields,
  submitLabel,
  children,
}: {
  readonly settings: Pick<SettingsForm<S>, 'save' | 'saved' | 'other' | 'submit'>;
  /** The id of the heading that names the form. */
  readonly id: string;
  /** The id of the heading of the record now saved. */
  readonly otherId?: string;
  readonly savedMessage: string;
  /** What the record now saved holds, shown after a 409. */
  readonly otherItems: (other: S) => ConflictItems;
  readonly fields: readonly SummaryField[];
  readonly submitLabel: string;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const { save, saved, other, submit } = settings;
  return (
    <FormFrame
      labelledBy={id}
      done={saved ? savedMessage : null}
      error={save.error}
      fields={fields}
      conflict={
        other ? (
          <OtherVersion
            title={t('beheer.conflictTitle')}
            intro={t('beheer.conflictIntro', { version: other.version })}
            id={otherId}
            version={other.version}
            items={otherItems(other)}
          />
        ) : null
      }
      submitLabel={submitLabel}
      busy={save.isPending}
      submitAppearance="primary-action"
      onSubmit={submit}
    >
      {children}
    </FormFrame>
  );
}
