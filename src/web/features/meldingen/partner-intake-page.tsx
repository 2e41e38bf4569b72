import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeResult } from '../../../contract/meldingen';
import { useSignedInUser } from '../../session';
import { FormFrame } from '../../ui/form-frame';
import { Paragraph } from '../../ui/paragraph';
import { IntakeFields, intakeSummaryFields } from './intake-fields';
import { IntakePage, IntakeSaved } from './intake-page';
import { useIntakeSend } from './intake-send';
import { emptyDraft, type MeldingDraft } from './melding-draft';
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
  return (
    <IntakePage
      title={t('meldpunt.intake.partnerTitle')}
      backTo="/mijn-meldingen"
      backLabel={t('meldpunt.signal.backMine')}
      form={(onSaved) => <PartnerIntakeForm onSaved={onSaved} />}
      saved={(result, onAnother) => (
        <IntakeSaved
          result={result}
          title={t('meldpunt.intake.partnerSaved', { reference: result.reference })}
          openTo={`/mijn-meldingen/${result.id}`}
          anotherLabel={t('meldpunt.intake.anotherPartner')}
          onAnother={onAnother}
        >
          <Paragraph>{t('meldpunt.intake.partnerSavedText')}</Paragraph>
        </IntakeSaved>
      )}
    />
  );
}

function PartnerIntakeForm({ onSaved }: { readonly onSaved: (result: IntakeResult) => void }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [draft, setDraft] = useState<MeldingDraft>(() => emptyDraft('professional'));
  const [steps, setSteps] = useState<SharingStepsDraft>(EMPTY_SHARING_STEPS);

  const intake = useIntakeSend<IntakeResult>({
    path: '/api/meldingen/professioneel',
    draft,
    body: (content, attachments) => ({ ...content, sharingSteps: sharingStepsBody(steps), attachments }),
    onSent: onSaved,
  });
  const { fieldError } = intake;

  return (
    <FormFrame
      label={t('meldpunt.intake.partnerTitle')}
      intro={
        <Paragraph lead>
          {t('meldpunt.intake.partnerIntro', { organisation: user.organisationName })}
        </Paragraph>
      }
      fields={[...intakeSummaryFields(draft, 'professional', t), ...sharingSummaryFields(t)]}
      className="duiden-intake"
      {...intake.frame}
      submitLabel={intake.send.isPending ? t('meldpunt.form.sending') : t('meldpunt.intake.partnerSubmit')}
      submitAppearance="primary-action"
    >
      <IntakeFields
        mode="professional"
        draft={draft}
        update={setDraft}
        fieldError={fieldError}
        error={intake.send.error}
      />
      <SharingStepsFields steps={steps} onChange={setSteps} fieldError={fieldError} />
    </FormFrame>
  );
}
