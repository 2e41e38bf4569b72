import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Label, Ref } from '../../../contract/primitives';
import { ApiError, apiGet, apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { CheckboxField, SelectField, TextAreaField } from '../../ui/form-field';
import { formFields } from '../../ui/form-fields';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
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
  const hand = useVersionedSave({
    initial: { to: '', officer: '', basis: '', reason: '', understood: false },
    version,
    send: async (draft, version) => {
      if (!draft.understood) {
        const nl = t('casus.handover.confirmRequired', { lng: 'nl' });
        const en = t('casus.handover.confirmRequired', { lng: 'en' });
        throw new ApiError(400, 'validation', { nl, en }, [{ field: 'understood', nl, en }]);
      }
      return apiSend<{ reference: string }>('POST', `${casePath(caseId)}/overdracht`, {
        version,
        toMunicipalityId: draft.to,
        toOfficerUserId: draft.officer,
        legalBasisId: draft.basis,
        reason: draft.reason,
      });
    },
    // This municipality no longer sees the case: only the list is read again, not the case itself.
    onSaved: () => void queryClient.invalidateQueries({ queryKey: casesKey }),
  });
  const { draft, set } = hand;
  if (hand.saved) {
    const name = options.data?.municipalities.find((m) => m.id === hand.saved?.sent.to)?.name ?? '';
    return (
      <>
        <Alert type="ok" live>
          <Paragraph>
            {t('casus.handover.done', { to: name, reference: hand.saved.result.reference })}
          </Paragraph>
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
  const officers = o.municipalities.find((m) => m.id === draft.to)?.officers ?? [];
  const { summary, field, bind } = formFields(
    hand.fieldError,
    {
      to: { id: 'ho-to', field: 'toMunicipalityId', label: t('casus.handover.municipality') },
      officer: { id: 'ho-officer', field: 'toOfficerUserId', label: t('casus.handover.officer') },
      basis: { id: 'ho-basis', field: 'legalBasisId', label: t('casus.handover.legalBasis') },
      reason: { id: 'ho-reason', label: t('casus.handover.reason') },
      understood: { id: 'ho-understood', label: t('casus.handover.confirm') },
    },
    hand,
  );
  const choose = t('casus.handover.choose');
  return (
    <VersionedForm
      save={hand}
      fields={summary}
      submitLabel={t('casus.handover.submit')}
      danger
      labelledBy="case-handover"
    >
      <SelectField
        {...bind('to')}
        onValueChange={(to) => set({ to, officer: '' })}
        placeholder={choose}
        options={o.municipalities.map((m) => ({ value: m.id, label: m.name }))}
      />
      <SelectField
        {...bind('officer')}
        placeholder={choose}
        options={officers.map((u) => ({ value: u.id, label: u.name }))}
      />
      <SelectField
        {...bind('basis')}
        placeholder={choose}
        options={o.legalBases.map((b) => ({ value: b.id, label: b.label[language] }))}
      />
      <TextAreaField
        {...bind('reason')}
        description={t('casus.handover.reasonDescription')}
        rows={3}
        maxLength={2000}
      />
      <CheckboxField
        {...field('understood')}
        checked={draft.understood}
        onCheckedChange={(understood) => set({ understood })}
      />
    </VersionedForm>
  );
}
