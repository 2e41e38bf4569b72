import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label, Ref } from '../../../contract/primitives';
import { ApiError, apiGet, apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { CheckboxField, SelectField, TextAreaField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { LoadError, Loading } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useCaseOfPage } from './case-context';
import { casePath, casesKey } from './casus-api';

interface HandoverOptions {
  readonly municipalities: ReadonlyArray<{ id: string; name: string; officers: readonly Ref[] }>;
  readonly legalBases: ReadonlyArray<{ id: string; label: Label; example: boolean }>;
}

/**
 * /casussen/:id/overdracht: handing the case to another municipality. The receiver gets the file and the
 * regie; afterwards this municipality has no access, so the page ends with a link back to the list.
 */
export function HandoverPage() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  usePageTitle(t('casus.handover.pageTitle', { reference: c.reference }));
  const regie = c.access === 'regie';
  const open = c.phase !== 'afgesloten';
  return (
    <section aria-labelledby="case-handover" className="duiden-section">
      <Heading level={2} id="case-handover">
        {t('casus.handover.title')}
      </Heading>
      <Paragraph>{t('casus.handover.intro')}</Paragraph>
      {!regie ? <Paragraph>{t('casus.handover.onlyRegie')}</Paragraph> : null}
      {regie && !open ? <Paragraph>{t('casus.handover.closed')}</Paragraph> : null}
      {regie && open ? <HandoverForm caseId={c.id} version={c.version} /> : null}
    </section>
  );
}

function HandoverForm({ caseId, version }: { readonly caseId: string; readonly version: number }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const queryClient = useQueryClient();
  const options = useQuery({
    queryKey: ['casus', caseId, 'overdracht-opties'],
    queryFn: () => apiGet<HandoverOptions>(`${casePath(caseId)}/overdracht/opties`),
  });
  const [to, setTo] = useState('');
  const [officer, setOfficer] = useState('');
  const [basis, setBasis] = useState('');
  const [reason, setReason] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [done, setDone] = useState<{ to: string; reference: string } | null>(null);
  const hand = useMutation({
    mutationFn: async () => {
      if (!understood) {
        const nl = t('casus.handover.confirmRequired', { lng: 'nl' });
        const en = t('casus.handover.confirmRequired', { lng: 'en' });
        throw new ApiError(400, 'validation', { nl, en }, [{ field: 'understood', nl, en }]);
      }
      return apiSend<{ reference: string }>('POST', `${casePath(caseId)}/overdracht`, {
        version,
        toMunicipalityId: to,
        toOfficerUserId: officer,
        legalBasisId: basis,
        reason,
      });
    },
    onSuccess: (r) => {
      const name = options.data?.municipalities.find((m) => m.id === to)?.name ?? '';
      setDone({ to: name, reference: r.reference });
      // This municipality no longer sees the case: only the list is read again, not the case itself.
      void queryClient.invalidateQueries({ queryKey: casesKey });
    },
  });
  const fieldError = useFieldErrors(hand.error);
  if (done) {
    return (
      <>
        <Alert type="ok" live>
          <Paragraph>{t('casus.handover.done', done)}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink to="/casussen/overdrachten">{t('casus.handover.listTitle')}</AppLink>
        </Paragraph>
        <Paragraph>
          <AppLink to="/casussen">{t('casus.handover.backToList')}</AppLink>
        </Paragraph>
      </>
    );
  }
  if (options.isPending) return <Loading />;
  if (options.error) return <LoadError error={options.error} />;
  const o = options.data;
  const officers = o.municipalities.find((m) => m.id === to)?.officers ?? [];
  const fields = [
    { field: 'toMunicipalityId', id: 'ho-to', label: t('casus.handover.municipality') },
    { field: 'toOfficerUserId', id: 'ho-officer', label: t('casus.handover.officer') },
    { field: 'legalBasisId', id: 'ho-basis', label: t('casus.handover.legalBasis') },
    { field: 'reason', id: 'ho-reason', label: t('casus.handover.reason') },
    { field: 'understood', id: 'ho-understood', label: t('casus.handover.confirm') },
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!hand.isPending) hand.mutate();
  };
  return (
    <>
      <ErrorSummary error={hand.error} fields={fields} />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="case-handover">
        <SelectField
          id="ho-to"
          label={t('casus.handover.municipality')}
          value={to}
          onValueChange={(v) => {
            setTo(v);
            setOfficer('');
          }}
          placeholder={t('casus.handover.choose')}
          options={o.municipalities.map((m) => ({ value: m.id, label: m.name }))}
          error={fieldError('toMunicipalityId')}
        />
        <SelectField
          id="ho-officer"
          label={t('casus.handover.officer')}
          value={officer}
          onValueChange={setOfficer}
          placeholder={t('casus.handover.choose')}
          options={officers.map((u) => ({ value: u.id, label: u.name }))}
          error={fieldError('toOfficerUserId')}
        />
        <SelectField
          id="ho-basis"
          label={t('casus.handover.legalBasis')}
          value={basis}
          onValueChange={setBasis}
          placeholder={t('casus.handover.choose')}
          options={o.legalBases.map((b) => ({ value: b.id, label: b.label[language] }))}
          error={fieldError('legalBasisId')}
        />
        <TextAreaField
          id="ho-reason"
          label={t('casus.handover.reason')}
          description={t('casus.handover.reasonDescription')}
          rows={3}
          value={reason}
          onValueChange={setReason}
          error={fieldError('reason')}
          maxLength={2000}
        />
        <CheckboxField
          id="ho-understood"
          label={t('casus.handover.confirm')}
          checked={understood}
          onCheckedChange={setUnderstood}
          error={fieldError('understood')}
        />
        <Button type="submit" appearance="primary-action" danger busy={hand.isPending}>
          {t('casus.handover.submit')}
        </Button>
      </form>
    </>
  );
}
