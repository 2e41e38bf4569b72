import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeResult } from '../../../contract/meldingen';
import { STAFF_CHANNELS } from '../../../domain/melding/types';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { CheckboxField, SelectField, TextField } from '../../ui/form-field';
import { today } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { usePageTitle } from '../../ui/use-page-title';
import { ForbiddenPage } from '../not-found/forbidden-page';
import { IntakeFields, intakeSummaryFields } from './intake-fields';
import {
  attachmentsOf,
  emptyDraft,
  fieldId,
  intakeContent,
  type MeldingDraft,
  withFormIndexes,
} from './melding-draft';
import { worklistKey } from './meldingen-api';

/** Who records signals that came in by telephone, e-mail, at the desk, from the police or a partner. */
export const INTAKE_ROLES = ['meldpunt', 'aandachtsfunctionaris'] as const;

/** /meldingen/nieuw: meldpunt staff (or the officer) record a signal that reached them another way. */
export function StaffIntakePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  usePageTitle(t('meldpunt.intake.staffTitle'));
  const [saved, setSaved] = useState<IntakeResult | null>(null);
  if (!(INTAKE_ROLES as readonly string[]).includes(user.role)) return <ForbiddenPage />;
  return (
    <>
      <Paragraph>
        <AppLink to="/meldingen">{t('meldpunt.signal.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('meldpunt.intake.staffTitle')}</Heading>
      {saved ? (
        <Saved result={saved} onAnother={() => setSaved(null)} />
      ) : (
        <StaffIntakeForm onSaved={setSaved} mayRecordAivd={user.role === 'aandachtsfunctionaris'} />
      )}
    </>
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
  const queryClient = useQueryClient();
  const [channel, setChannel] = useState('');
  const [receivedOn, setReceivedOn] = useState(today);
  const [statusCodeForReporter, setStatusCodeForReporter] = useState(false);
  const [draft, setDraft] = useState<MeldingDraft>(emptyDraft);

  const save = useMutation({
    mutationFn: async () => {
      const { content, indexes } = intakeContent(draft);
      const body = {
        channel: channel || undefined,
        receivedOn: receivedOn.trim() || undefined,
        statusCodeForReporter,
        ...content,
        attachments: draft.files.length > 0 ? await attachmentsOf(draft.files) : undefined,
      };
      try {
        return await apiSend<IntakeResult>('POST', '/api/meldingen', body);
      } catch (error) {
        throw withFormIndexes(error, indexes);
      }
    },
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: worklistKey });
      onSaved(result);
    },
  });
  const fieldError = useFieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!save.isPending) save.mutate();
  };
  const channels = STAFF_CHANNELS.filter((c) => mayRecordAivd || c !== 'ambtsbericht_aivd');

  return (
    <>
      <Paragraph lead>{t('meldpunt.intake.staffIntro')}</Paragraph>
      <ErrorSummary
        error={save.error}
        fields={[
          { field: 'channel', id: fieldId('channel'), label: t('meldpunt.intake.channel') },
          { field: 'receivedOn', id: fieldId('receivedOn'), label: t('meldpunt.intake.receivedOn') },
          ...intakeSummaryFields(draft, 'staff', t),
        ]}
      />
      <form
        className="duiden-form duiden-intake"
        onSubmit={submit}
        noValidate
        aria-label={t('meldpunt.intake.staffTitle')}
      >
        <section aria-labelledby="intake-how">
          <Heading level={2} id="intake-how">
            {t('meldpunt.intake.howTitle')}
          </Heading>
          <SelectField
            id={fieldId('channel')}
            label={t('meldpunt.intake.channel')}
            value={channel}
            onValueChange={setChannel}
            error={fieldError('channel')}
            placeholder={t('meldpunt.form.choose')}
            options={channels.map((c) => ({ value: c, label: t(`meldpunt.channels.${c}`) }))}
            required
          />
          <TextField
            id={fieldId('receivedOn')}
            type="date"
            label={t('meldpunt.intake.receivedOn')}
            description={t('meldpunt.intake.receivedOnDescription')}
            value={receivedOn}
            onValueChange={setReceivedOn}
            error={fieldError('receivedOn')}
            required
          />
          <CheckboxField
            id={fieldId('statusCodeForReporter')}
            label={t('meldpunt.intake.statusCodeForReporter')}
            description={t('meldpunt.intake.statusCodeForReporterDescription')}
            checked={statusCodeForReporter}
            onCheckedChange={setStatusCodeForReporter}
            error={fieldError('statusCodeForReporter')}
          />
        </section>
        <IntakeFields
          mode="staff"
          draft={draft}
          update={setDraft}
          fieldError={fieldError}
          error={save.error}
        />
        <Button type="submit" appearance="primary-action" busy={save.isPending}>
          {save.isPending ? t('meldpunt.form.sending') : t('meldpunt.intake.staffSubmit')}
        </Button>
      </form>
    </>
  );
}

function Saved({ result, onAnother }: { readonly result: IntakeResult; readonly onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="melding-saved">
      <Alert type="ok">
        <h2 className="utrecht-heading-2" id="melding-saved" ref={heading} tabIndex={-1}>
          {t('meldpunt.intake.saved', { reference: result.reference })}
        </h2>
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
      </Alert>
      <ButtonGroup>
        <AppLink to={`/meldingen/${result.id}`}>
          {t('meldpunt.intake.open', { reference: result.reference })}
        </AppLink>
        <Button appearance="subtle" onClick={onAnother}>
          {t('meldpunt.intake.another')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
