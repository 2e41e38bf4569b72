import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OwnQuestionJson, Templates } from '../../../contract/zelfscan';
import { ZELFSCAN_LIMITS } from '../../../domain/zelfscan/rounds';
import { TEMPLATE_IDS, TEMPLATES } from '../../../domain/zelfscan/templates';
import { apiGet, apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { SelectField, TextAreaField } from '../../ui/form-field';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { inLanguage, ZELFSCAN_KEY } from './zelfscan-api';

const TEMPLATES_KEY = [...ZELFSCAN_KEY, 'vragenlijsten'] as const;

/** The parts a question can go under, as "template/theme/part". */
function partOptions(language: string) {
  return TEMPLATE_IDS.flatMap((id) =>
    TEMPLATES[id].themes.flatMap((t) =>
      t.parts.map((p) => ({
        value: `${id}/${t.key}/${p.key}`,
        label: `${inLanguage(TEMPLATES[id], language).split(' (')[0]} · ${inLanguage(t, language)} · ${inLanguage(p, language)}`,
      })),
    ),
  );
}

/** /zelfscan/eigen-vragen: the municipality's own questions; added under a part, switched off, never deleted. */
export function OwnQuestionsPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const templates = useQuery({
    queryKey: TEMPLATES_KEY,
    queryFn: () => apiGet<Templates>('/api/zelfscan/vragenlijsten'),
  });
  const options = partOptions(language);
  const label = (o: OwnQuestionJson) =>
    options.find((x) => x.value === `${o.template}/${o.theme}/${o.part}`)?.label ?? o.part;
  return (
    <Page
      title={t('zelfscan.own.title')}
      intro={t('zelfscan.own.intro')}
      before={<BackLink to="/zelfscan">{t('zelfscan.back')}</BackLink>}
    >
      <AddOwnQuestion options={options} />
      <Section id="own-list" title={t('zelfscan.own.list')}>
        <QueryState query={templates}>
          {(list) =>
            list.ownQuestions.length === 0 ? (
              <Paragraph>{t('zelfscan.own.none')}</Paragraph>
            ) : (
              <Table
                labelledBy="own-list"
                head={
                  <Tr>
                    <Th>{t('zelfscan.question')}</Th>
                    <Th>{t('zelfscan.own.part')}</Th>
                    <Th>{t('zelfscan.own.state')}</Th>
                  </Tr>
                }
              >
                {list.ownQuestions.map((o) => (
                  <Tr key={o.id}>
                    <Td>{language === 'en' && o.textEn ? o.textEn : o.textNl}</Td>
                    <Td>{label(o)}</Td>
                    <Td>
                      <SwitchOwnQuestion question={o} />
                    </Td>
                  </Tr>
                ))}
              </Table>
            )
          }
        </QueryState>
      </Section>
    </Page>
  );
}

interface OwnDraft {
  part: string;
  textNl: string;
  textEn: string;
}

function AddOwnQuestion({ options }: { readonly options: ReadonlyArray<{ value: string; label: string }> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const empty: OwnDraft = { part: '', textNl: '', textEn: '' };
  const save = useVersionedSave({
    initial: empty,
    resetTo: empty,
    send: (d: OwnDraft) => {
      const [template = 'var', theme = '', part = ''] = d.part ? d.part.split('/') : [];
      return apiSend('POST', '/api/zelfscan/eigen-vragen', {
        template,
        theme,
        part,
        textNl: d.textNl,
        textEn: d.textEn,
      });
    },
    onSaved: () => queryClient.invalidateQueries({ queryKey: ZELFSCAN_KEY }),
  });
  return (
    <Section id="own-add" title={t('zelfscan.own.add')}>
      <VersionedForm
        save={save}
        fields={[
          { field: 'part', id: 'own-part', label: t('zelfscan.own.part') },
          { field: 'textNl', id: 'own-nl', label: t('zelfscan.own.textNl') },
          { field: 'textEn', id: 'own-en', label: t('zelfscan.own.textEn') },
        ]}
        labelledBy="own-add"
        savedMessage={t('zelfscan.own.added')}
        submitLabel={t('zelfscan.own.submit')}
      >
        <SelectField
          id="own-part"
          label={t('zelfscan.own.part')}
          {...save.bind('part')}
          options={[{ value: '', label: t('zelfscan.own.choosePart') }, ...options]}
        />
        <TextAreaField
          id="own-nl"
          label={t('zelfscan.own.textNl')}
          rows={2}
          {...save.bind('textNl')}
          maxLength={ZELFSCAN_LIMITS.questionText}
          required
        />
        <TextAreaField
          id="own-en"
          label={t('zelfscan.own.textEn')}
          rows={2}
          {...save.bind('textEn')}
          maxLength={ZELFSCAN_LIMITS.questionText}
          optional
        />
      </VersionedForm>
    </Section>
  );
}

function SwitchOwnQuestion({ question: o }: { readonly question: OwnQuestionJson }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useVersionedSave({
    initial: {},
    version: o.version,
    send: (_d: object, version) =>
      apiSend('PUT', `/api/zelfscan/eigen-vragen/${o.id}`, {
        textNl: o.textNl,
        textEn: o.textEn,
        active: !o.active,
        version,
      }),
    onSaved: () => queryClient.invalidateQueries({ queryKey: ZELFSCAN_KEY }),
  });
  return (
    <>
      <Paragraph>{o.active ? t('zelfscan.own.active') : t('zelfscan.own.off')}</Paragraph>
      <VersionedForm
        save={save}
        fields={[]}
        label={t('zelfscan.own.switchLabel', { text: o.textNl })}
        savedMessage={t('zelfscan.own.switched')}
        submitLabel={o.active ? t('zelfscan.own.switchOff') : t('zelfscan.own.switchOn')}
        submitAppearance="secondary-action"
      >
        {null}
      </VersionedForm>
    </>
  );
}
