import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeResult } from '../../../contract/meldingen';
import { STAFF_CHANNELS } from '../../../domain/melding/types';
import { useSignedInUser } from '../../session';
import { CheckboxField, SelectField, TextField } from '../../ui/form-field';
import { formFields, useDraft } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { today } from '../../ui/format';
import { Paragraph } from '../../ui/paragraph';
import { Section } from '../../ui/section';
import {
  AssumptionFields,
  AttachmentFields,
  ContactFields,
  ContraIndicationField,
  FeedbackField,
  intakeSummaryFields,
  KindField,
  ObservationFields,
  PersonFields,
  QuestionField,
  ReporterKindField,
} from './intake-fields';
import { IntakePage, IntakeSaved } from './intake-page';
import { useIntakeSend } from './intake-send';
import { emptyDraft, fieldId, type MeldingDraft } from './melding-draft';

/** Who records signals that came in by telephone, e-mail, at the desk, from the police or a partner. */
export const INTAKE_ROLES = ['meldpunt', 'aandachtsfunctionaris'] as const;

/**
 * /meldingen/nieuw: meldpunt staff (or the officer) record a signal that reached them another way. The form
 * speaks about the reporter (staff type up what someone told them) and comes in sections in the order of a
 * phone call: how it came in, who reports, what, about whom, files, and what was agreed with the reporter.
 */
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

  const part = { mode: 'staff' as const, draft, update: setDraft, fieldError };
  const sections = [
    ['intake-how', t('meldpunt.intake.howTitle')],
    ['intake-reporter', t('meldpunt.intake.staff.sections.reporter')],
    ['intake-what', t('meldpunt.intake.staff.sections.what')],
    ['intake-persons', t('meldpunt.intake.staff.sections.persons')],
    ['intake-attachments', t('meldpunt.form.attachmentsTitle')],
    ['intake-agreements', t('meldpunt.intake.staff.sections.agreements')],
  ] as const;
  const statusCode = {
    field: 'statusCodeForReporter',
    id: fieldId('statusCodeForReporter'),
    label: t('meldpunt.intake.statusCodeForReporter'),
  };

  return (
    <FormFrame
      label={t('meldpunt.intake.staffTitle')}
      intro={
        <>
          <Paragraph lead>{t('meldpunt.intake.staffIntro')}</Paragraph>
          <nav aria-label={t('meldpunt.intake.staff.sections.contents')} className="duiden-contents">
            <ul className="utrecht-unordered-list">
              {sections.map(([id, label]) => (
                <li key={id}>
                  <a href={`#${id}`} className="utrecht-link utrecht-link--html-a">
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </>
      }
      fields={[...summary, ...intakeSummaryFields(draft, 'staff', t), statusCode]}
      className="duiden-intake"
      {...intake.frame}
      submitLabel={intake.send.isPending ? t('meldpunt.form.sending') : t('meldpunt.intake.staffSubmit')}
      submitAppearance="primary-action"
    >
      <Section id="intake-how" title={t('meldpunt.intake.howTitle')} className={null}>
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
      </Section>
      <Section id="intake-reporter" title={t('meldpunt.intake.staff.sections.reporter')} className={null}>
        <ReporterKindField {...part} />
        <ContactFields {...part} />
      </Section>
      <Section id="intake-what" title={t('meldpunt.intake.staff.sections.what')} className={null}>
        <KindField {...part} />
        <QuestionField {...part} />
        <ObservationFields {...part} level={3} />
        <AssumptionFields {...part} level={3} />
        <ContraIndicationField {...part} level={3} />
      </Section>
      <PersonFields {...part} />
      <AttachmentFields draft={draft} update={setDraft} error={intake.send.error} />
      <Section id="intake-agreements" title={t('meldpunt.intake.staff.sections.agreements')} className={null}>
        <FeedbackField {...part} />
        <CheckboxField
          id={statusCode.id}
          label={statusCode.label}
          error={fieldError('statusCodeForReporter')}
          description={t('meldpunt.intake.statusCodeForReporterDescription')}
          checked={statusCodeForReporter}
          onCheckedChange={(checked) => how.set({ statusCodeForReporter: checked })}
        />
      </Section>
    </FormFrame>
  );
}
