import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicIntakeResult } from '../../../contract/meldingen';
import type { SignalKind } from '../../../domain/melding/types';
import { ApiError, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { LoadError } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { IntakeFields, intakeSummaryFields } from './intake-fields';
import {
  attachmentsOf,
  emptyDraft,
  fieldId,
  intakeContent,
  type MeldingDraft,
  withFormIndexes,
} from './melding-draft';
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

  const send = useMutation({
    mutationFn: async () => {
      const { content, indexes } = intakeContent(draft);
      const body = {
        municipalityId: municipalityId || undefined,
        ...content,
        attachments: draft.files.length > 0 ? await attachmentsOf(draft.files) : undefined,
        altcha: await pow.solve(),
      };
      try {
        return await apiSend<PublicIntakeResult>('POST', '/api/public/meldingen', body);
      } catch (error) {
        // A refused proof (expired, used) is solved anew on the next send.
        if (error instanceof ApiError && error.errors.some((e) => e.field === 'altcha')) pow.reset();
        throw withFormIndexes(error, indexes);
      }
    },
    onSuccess: (result) => onSent({ result, kind: draft.kind === 'adviesvraag' ? 'adviesvraag' : 'melding' }),
  });
  const fieldError = useFieldErrors(send.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!send.isPending) send.mutate();
  };

  return (
    <>
      <Paragraph lead>{t('melden.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/melden/status">{t('melden.statusLink')}</AppLink>
      </Paragraph>
      <ErrorSummary
        error={send.error}
        fields={[
          { field: 'municipalityId', id: fieldId('municipalityId'), label: t('melden.municipality') },
          ...intakeSummaryFields(draft, 'public', t),
        ]}
      />
      <form className="duiden-form duiden-intake" onSubmit={submit} noValidate aria-label={t('melden.title')}>
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
          error={send.error}
        />
        <ProofOfWorkWidget pow={pow} />
        <Paragraph>{t('melden.beforeSending')}</Paragraph>
        <Button type="submit" appearance="primary-action" busy={send.isPending}>
          {send.isPending ? t('meldpunt.form.sending') : t('melden.submit')}
        </Button>
      </form>
    </>
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
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="melding-sent">
      <Alert type="ok">
        <h2 className="utrecht-heading-2" id="melding-sent" ref={heading} tabIndex={-1}>
          {t(`melden.sent.${kind}.title`)}
        </h2>
        <Paragraph>{t(`melden.sent.${kind}.text`, { municipality: result.municipality })}</Paragraph>
      </Alert>
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
      <ButtonGroup>
        <AppLink to="/melden/status">{t('melden.statusLink')}</AppLink>
        <Button appearance="subtle" onClick={onAnother}>
          {t('melden.another')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
