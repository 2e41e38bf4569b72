import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeResult } from '../../../contract/meldingen';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { usePageTitle } from '../../ui/use-page-title';
import { IntakeFields, intakeSummaryFields } from './intake-fields';
import {
  attachmentsOf,
  emptyDraft,
  intakeContent,
  type MeldingDraft,
  withFormIndexes,
} from './melding-draft';
import { worklistKey } from './meldingen-api';
import {
  EMPTY_SHARING_STEPS,
  type SharingStepsDraft,
  SharingStepsFields,
  sharingStepsBody,
  sharingSummaryFields,
} from './sharing-steps-fields';

/**
 * /mijn-meldingen/nieuw: a professional of a partner organisation reports to the meldpunt of the own
 * municipality, confirming the steps of the Werkwijze informatie delen.
 */
export function PartnerIntakePage() {
  const { t } = useTranslation();
  usePageTitle(t('meldpunt.intake.partnerTitle'));
  const [saved, setSaved] = useState<IntakeResult | null>(null);
  return (
    <>
      <Paragraph>
        <AppLink to="/mijn-meldingen">{t('meldpunt.signal.backMine')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('meldpunt.intake.partnerTitle')}</Heading>
      {saved ? (
        <Saved result={saved} onAnother={() => setSaved(null)} />
      ) : (
        <PartnerIntakeForm onSaved={setSaved} />
      )}
    </>
  );
}

function PartnerIntakeForm({ onSaved }: { readonly onSaved: (result: IntakeResult) => void }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<MeldingDraft>(() => emptyDraft('professional'));
  const [steps, setSteps] = useState<SharingStepsDraft>(EMPTY_SHARING_STEPS);

  const send = useMutation({
    mutationFn: async () => {
      const { content, indexes } = intakeContent(draft);
      const body = {
        ...content,
        sharingSteps: sharingStepsBody(steps),
        attachments: draft.files.length > 0 ? await attachmentsOf(draft.files) : undefined,
      };
      try {
        return await apiSend<IntakeResult>('POST', '/api/meldingen/professioneel', body);
      } catch (error) {
        throw withFormIndexes(error, indexes);
      }
    },
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: worklistKey });
      onSaved(result);
    },
  });
  const fieldError = useFieldErrors(send.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!send.isPending) send.mutate();
  };

  return (
    <>
      <Paragraph lead>{t('meldpunt.intake.partnerIntro', { organisation: user.organisationName })}</Paragraph>
      <ErrorSummary
        error={send.error}
        fields={[...intakeSummaryFields(draft, 'professional', t), ...sharingSummaryFields(t)]}
      />
      <form
        className="duiden-form duiden-intake"
        onSubmit={submit}
        noValidate
        aria-label={t('meldpunt.intake.partnerTitle')}
      >
        <IntakeFields
          mode="professional"
          draft={draft}
          update={setDraft}
          fieldError={fieldError}
          error={send.error}
        />
        <SharingStepsFields steps={steps} onChange={setSteps} fieldError={fieldError} />
        <Button type="submit" appearance="primary-action" busy={send.isPending}>
          {send.isPending ? t('meldpunt.form.sending') : t('meldpunt.intake.partnerSubmit')}
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
          {t('meldpunt.intake.partnerSaved', { reference: result.reference })}
        </h2>
        <Paragraph>{t('meldpunt.intake.partnerSavedText')}</Paragraph>
      </Alert>
      <ButtonGroup>
        <AppLink to={`/mijn-meldingen/${result.id}`}>
          {t('meldpunt.intake.open', { reference: result.reference })}
        </AppLink>
        <Button appearance="subtle" onClick={onAnother}>
          {t('meldpunt.intake.anotherPartner')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
