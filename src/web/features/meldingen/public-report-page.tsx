import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicIntakeResult } from '../../../contract/meldingen';
import type { SignalKind } from '../../../domain/melding/types';
import { ApiError } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { SelectField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { FormSent } from '../../ui/form-sent';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { IntakeFields, intakeSummaryFields } from './intake-fields';
import { useIntakeSend } from './intake-send';
import { emptyDraft, fieldId, type MeldingDraft } from './melding-draft';
import { usePublicMunicipalities } from './meldingen-api';
import { ProofOfWorkWidget, useProofOfWork } from './proof-of-work';

/** The notice at the top of every public meldpunt page: the form is not for emergencies. */
export function AcuteDangerNotice() {
  const { t } = useTranslation();
  return (
    <Alert type="warning" className="duiden-acute">
      <Heading level={2}>{t('melden.acuteTitle')}</Heading>
      <Paragraph>{t('melden.acuteText')}</Paragraph>
    </Alert>
  );
}

/** /melden: a resident (or a professional without an account) reports or asks advice, without signing in. */
export function PublicReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('melden.title'));
  const [sent, setSent] = useState<Sent | null>(null);
  return (
    <>
      <Heading level={1}>{t('melden.title')}</Heading>
      <AcuteDangerNotice />
      <Paragraph>
        <AppLink to="/hulp">{t('kennisbankHulp.link')}</AppLink>
      </Paragraph>
      {sent ? (
        <SentNotice result={sent.result} kind={sent.kind} onAnother={() => setSent(null)} />
      ) : (
        <PublicReportForm onSent={setSent} />
      )}
    </>
  );
}

/** What was sent: the confirmation speaks of a melding or of an advice question. */
interface Sent {
  readonly result: PublicIntakeResult;
  readonly kind: SignalKind;
}

function PublicReportForm({ onSent }: { readonly onSent: (sent: Sent) => void }) {
  const { t } = useTranslation();
  const municipalities = usePublicMunicipalities();
  const [municipalityId, setMunicipalityId] = useState('');
  const [draft, setDraft] = useState<MeldingDraft>(emptyDraft);
  const pow = useProofOfWork();

  const intake = useIntakeSend<PublicIntakeResult>({
    path: '/api/public/meldingen',
    draft,
    body: async (content, attachments) => ({
      municipalityId: municipalityId || undefined,
      ...content,
      attachments,
      altcha: await pow.solve(),
    }),
    onRefused: (error) => {
      // A refused proof (expired, used) is solved anew on the next send.
      if (error instanceof ApiError && error.errors.some((e) => e.field === 'altcha')) pow.reset();
    },
    onSent: (result) => onSent({ result, kind: draft.kind === 'adviesvraag' ? 'adviesvraag' : 'melding' }),
  });
  const { fieldError } = intake;

  return (
    <FormFrame
      label={t('melden.title')}
      intro={
        <>
          <Paragraph lead>{t('melden.intro')}</Paragraph>
          <Paragraph>
            <AppLink to="/melden/status">{t('melden.statusLink')}</AppLink>
          </Paragraph>
        </>
      }
      fields={[
        { field: 'municipalityId', id: fieldId('municipalityId'), label: t('melden.municipality') },
        ...intakeSummaryFields(draft, 'public', t),
      ]}
      className="duiden-intake"
      {...intake.frame}
      submitLabel={intake.send.isPending ? t('meldpunt.form.sending') : t('melden.submit')}
      submitAppearance="primary-action"
    >
      {municipalities.error ? <LoadError error={municipalities.error} /> : null}
      <SelectField
        id={fieldId('municipalityId')}
        label={t('melden.municipality')}
        description={t('melden.municipalityDescription')}
        value={municipalityId}
        onValueChange={setMunicipalityId}
        error={fieldError('municipalityId')}
        placeholder={t('meldpunt.form.choose')}
        options={(municipalities.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
        required
      />
      <IntakeFields
        mode="public"
        draft={draft}
        update={setDraft}
        fieldError={fieldError}
        error={intake.send.error}
      />
      <ProofOfWorkWidget pow={pow} />
      <Paragraph>{t('melden.beforeSending')}</Paragraph>
    </FormFrame>
  );
}

/** The reference and the private status code, shown once: they live only in this component's memory. */
function SentNotice({
  result,
  kind,
  onAnother,
}: {
  readonly result: PublicIntakeResult;
  readonly kind: SignalKind;
  readonly onAnother: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormSent
      headingId="melding-sent"
      title={t(`melden.sent.${kind}.title`)}
      after={
        <>
          <DataList
            items={[
              {
                key: 'reference',
                label: t('melden.reference'),
                value: (
                  <code className="duiden-secret" data-testid="melding-reference">
                    {result.reference}
                  </code>
                ),
              },
              {
                key: 'statusCode',
                label: t('melden.statusCode'),
                value: (
                  <code className="duiden-secret" data-testid="melding-status-code">
                    {result.statusCode}
                  </code>
                ),
              },
            ]}
          />
          <Alert type="warning">
            <Paragraph>
              <strong>{t('melden.writeDownTitle')}</strong> {t(`melden.sent.${kind}.writeDown`)}
            </Paragraph>
          </Alert>
        </>
      }
      actions={
        <>
          <AppLink to="/melden/status">{t('melden.statusLink')}</AppLink>
          <Button appearance="subtle" onClick={onAnother}>
            {t('melden.another')}
          </Button>
        </>
      }
    >
      <Paragraph>{t(`melden.sent.${kind}.text`, { municipality: result.municipality })}</Paragraph>
    </FormSent>
  );
}
