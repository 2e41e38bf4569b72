import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeResult } from '../../../contract/meldingen';
import { STAFF_CHANNELS } from '../../../domain/melding/types';
import { useSignedInUser } from '../../session';
import { CheckboxField, SelectField, TextField } from '../../ui/form-field';
import { formFields, useDraft } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { today } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { IntakeFields, intakeSummaryFields } from './intake-fields';
import { IntakePage, IntakeSaved } from './intake-page';
import { useIntakeSend } from './intake-send';
import { emptyDraft, fieldId, type MeldingDraft } from './melding-draft';

/** Who records signals that came in by telephone, e-mail, at the desk, from the police or a partner. */
export const INTAKE_ROLES = ['meldpunt', 'aandachtsfunctionaris'] as const;

/** /meldingen/nieuw: meldpunt staff (or the officer) record a signal that reached them another way. */
export function StaffIntakePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <IntakePage
      title={t('meldpunt.intake.staffTitle')}
      backTo="/meldingen"
      backLabel={t('meldpunt.signal.back')}
      forbidden={!(INTAKE_ROLES as readonly string[]).includes(user.role)}
      form={(onSaved) => (
        <StaffIntakeForm onSaved={onSaved} mayRecordAivd={user.role === 'aandachtsfunctionaris'} />
      )}
      saved={(result, onAnother) => (
        <IntakeSaved
          result={result}
          title={t('meldpunt.intake.saved', { reference: result.reference })}
          openTo={`/meldingen/${result.id}`}
          anotherLabel={t('meldpunt.intake.another')}
          onAnother={onAnother}
        >
          {result.statusCode ? (
            <>
              <Paragraph>{t('meldpunt.intake.statusCodeGiven')}</Paragraph>
              <Paragraph>
                <code className="duiden-secret" data-testid="melding-status-code">
                  {result.statusCode}
                </code>
              </Paragraph>
            </>
          ) : null}
        </IntakeSaved>
      )}
    />
  );
}

function StaffIntakeForm({
  onSaved,
  mayRecordAivd,
}: {
  readonly onSaved: (result: IntakeResult) => void;
  readonly mayRecordAivd: boolean;
}) {
  const { t } = useTranslation();
  const how = useDraft({ channel: '', receivedOn: today(), statusCodeForReporter: false });
  const { channel, receivedOn, statusCodeForReporter } = how.draft;
  const [draft, setDraft] = useState<MeldingDraft>(emptyDraft);

  const intake = useIntakeSend<IntakeResult>({
    path: '/api/meldingen',
    draft,
    body: (content, attachments) => ({
      channel: channel || undefined,
      receivedOn: receivedOn.trim() || undefined,
      statusCodeForReporter,
      ...content,
      attachments,
    }),
    onSent: onSaved,
  });
  const { fieldError } = intake;
  const { summary, bind } = formFields(
    fieldError,
    {
      channel: { id: fieldId('channel'), label: t('meldpunt.intake.channel') },
      receivedOn: { id: fieldId('receivedOn'), label: t('meldpunt.intake.receivedOn') },
    },
    how,
  );
  const channels = STAFF_CHANNELS.filter((c) => mayRecordAivd || c !== 'ambtsbericht_aivd');

  return (
    <FormFrame
      label={t('meldpunt.intake.staffTitle')}
      intro={<Paragraph lead>{t('meldpunt.intake.staffIntro')}</Paragraph>}
      fields={[...summary, ...intakeSummaryFields(draft, 'staff', t)]}
      className="duiden-intake"
      {...intake.frame}
      submitLabel={intake.send.isPending ? t('meldpunt.form.sending') : t('meldpunt.intake.staffSubmit')}
      submitAppearance="primary-action"
    >
      <section aria-labelledby="intake-how">
        <Heading level={2} id="intake-how">
          {t('meldpunt.intake.howTitle')}
        </Heading>
        <SelectField
          {...bind('channel')}
          placeholder={t('meldpunt.form.choose')}
          options={channels.map((c) => ({ value: c, label: t(`meldpunt.channels.${c}`) }))}
          required
        />
        <TextField
          {...bind('receivedOn')}
          type="date"
          description={t('meldpunt.intake.receivedOnDescription')}
          required
        />
        <CheckboxField
          id={fieldId('statusCodeForReporter')}
          label={t('meldpunt.intake.statusCodeForReporter')}
          error={fieldError('statusCodeForReporter')}
          description={t('meldpunt.intake.statusCodeForReporterDescription')}
          checked={statusCodeForReporter}
          onCheckedChange={(checked) => how.set({ statusCodeForReporter: checked })}
        />
      </section>
      <IntakeFields
        mode="staff"
        draft={draft}
        update={setDraft}
        fieldError={fieldError}
        error={intake.send.error}
      />
    </FormFrame>
  );
}
