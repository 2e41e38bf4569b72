import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../../contract/primitives';
import { apiGet, queryString } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { SelectField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { useCaseOfPage } from './case-context';
import { casePath } from './casus-api';

interface SummaryOptions {
  readonly recipients: ReadonlyArray<{ organisationId: string; name: string; partner: boolean }>;
  readonly meetings: ReadonlyArray<{ id: string; type: string; title: string; startsAt: string }>;
  readonly legalBases: ReadonlyArray<{ id: string; label: Label; example: boolean }>;
}

/**
 * /casussen/:id/samenvatting: the case summary for a meeting as a PDF per recipient, with only what that
 * recipient may see. A link per recipient; a partner's copy needs the legal basis of the disclosure.
 */
export function SummaryPdfPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const c = useCaseOfPage();
  usePageTitle(t('casus.summaryPdf.pageTitle', { reference: c.reference }));
  const regie = c.access === 'regie';
  const options = useQuery({
    queryKey: ['casus', c.id, 'samenvatting-opties'],
    queryFn: () => apiGet<SummaryOptions>(`${casePath(c.id)}/samenvatting/opties`),
    enabled: regie,
  });
  const [meetingId, setMeetingId] = useState('');
  const [legalBasisId, setLegalBasisId] = useState('');
  const o = options.data;
  return (
    <section aria-labelledby="case-summary" className="duiden-section">
      <Heading level={2} id="case-summary">
        {t('casus.summaryPdf.title')}
      </Heading>
      <Paragraph>{t('casus.summaryPdf.intro')}</Paragraph>
      {!regie ? <Paragraph>{t('casus.summaryPdf.onlyRegie')}</Paragraph> : null}
      {regie && options.isPending ? <Loading /> : null}
      {options.error ? <LoadError error={options.error} /> : null}
      {o ? (
        <>
          <div className="duiden-form">
            <SelectField
              id="sp-meeting"
              label={t('casus.summaryPdf.meeting')}
              value={meetingId}
              onValueChange={setMeetingId}
              options={[
                { value: '', label: t('casus.summaryPdf.noMeeting') },
                ...o.meetings.map((m) => ({
                  value: m.id,
                  label: `${m.title}, ${formatDateTime(m.startsAt)}`,
                })),
              ]}
            />
            <SelectField
              id="sp-basis"
              label={t('casus.summaryPdf.legalBasis')}
              value={legalBasisId}
              onValueChange={setLegalBasisId}
              placeholder={t('casus.network.choose')}
              options={o.legalBases.map((b) => ({ value: b.id, label: b.label[language] }))}
            />
          </div>
          <Table
            caption={t('casus.summaryPdf.caption')}
            head={
              <Tr>
                <Th>{t('casus.summaryPdf.recipient')}</Th>
                <Th>{t('casus.summaryPdf.download')}</Th>
              </Tr>
            }
          >
            {o.recipients.map((r) => {
              const href = `${casePath(c.id)}/samenvatting.pdf${queryString({
                organisationId: r.organisationId,
                legalBasisId: r.partner ? legalBasisId || undefined : undefined,
                meetingId: meetingId || undefined,
              })}`;
              return (
                <Tr key={r.organisationId}>
                  <Th scope="row">
                    {r.name} ({r.partner ? t('casus.summaryPdf.partner') : t('casus.summaryPdf.own')})
                  </Th>
                  <Td>
                    {r.partner && !legalBasisId ? (
                      t('casus.summaryPdf.needBasis')
                    ) : (
                      <a className="utrecht-link utrecht-link--html-a" href={href} download>
                        {t('casus.summaryPdf.downloadFor', { name: r.name })}
                      </a>
                    )}
                  </Td>
                </Tr>
              );
            })}
          </Table>
        </>
      ) : null}
    </section>
  );
}
