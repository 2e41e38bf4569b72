import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, MeldpuntSettings } from '../../../contract/meldingen';
import { apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { CheckboxField, TextField, typedWhole, WholeNumberField } from '../../ui/form-field';
import { fieldTable, useDraft, useFormFields } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { settingsWith, useAddForm, useSettingsForm } from '../../ui/form-send';
import { Heading } from '../../ui/heading';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';
import { SettingsFrame } from '../../ui/versioned-form';

const settingsKey = ['meldpunt-settings'] as const;
const categoriesKey = ['meldpunt-categories'] as const;

/**
 * /beheer/meldpunt: the meldpunt of the own municipality as the functioneel beheerder sets it up: the
 * deadlines in working days, the address for the content-free notification, whether the municipality is on
 * the public form, and the phenomenon categories (the NCTV list plus its own). No signal content.
 */
export function MeldpuntSettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => apiGet<MeldpuntSettings>('/api/meldpunt/instellingen'),
  });
  return (
    <Page
      title={t('meldpuntBeheer.title')}
      intro={t('meldpuntBeheer.intro')}
      before={<BackLink to="/beheer/gebruikers">{t('beheer.backToUsers')}</BackLink>}
    >
      <QueryState query={settings}>{(s) => <SettingsForm initial={s} />}</QueryState>
      <Categories />
    </Page>
  );
}

const isSettings = settingsWith<MeldpuntSettings>('acknowledgeWorkingDays');

function SettingsForm({ initial }: { readonly initial: MeldpuntSettings }) {
  const { t } = useTranslation();
  const settings = useDraft({
    acknowledgeWorkingDays: String(initial.acknowledgeWorkingDays),
    triageWorkingDays: String(initial.triageWorkingDays),
    notifyEmail: initial.notifyEmail ?? '',
    publicIntake: initial.publicIntake,
  });
  const { draft, set } = settings;
  const form = useSettingsForm({
    queryKey: settingsKey,
    initial,
    isRecord: isSettings,
    send: (version) =>
      apiSend<MeldpuntSettings>('PATCH', '/api/meldpunt/instellingen', {
        version,
        acknowledgeWorkingDays: typedWhole(draft.acknowledgeWorkingDays),
        triageWorkingDays: typedWhole(draft.triageWorkingDays),
        notifyEmail: draft.notifyEmail.trim() === '' ? null : draft.notifyEmail.trim(),
        publicIntake: draft.publicIntake,
      }),
  });
  const label = (f: 'acknowledgeWorkingDays' | 'triageWorkingDays' | 'notifyEmail' | 'publicIntake') =>
    t(`meldpuntBeheer.fields.${f}`);
  const { summary, field, bind } = useFormFields(
    form.save.error,
    {
      acknowledgeWorkingDays: { id: 'settings-acknowledge', label: label('acknowledgeWorkingDays') },
      triageWorkingDays: { id: 'settings-triage', label: label('triageWorkingDays') },
      notifyEmail: { id: 'settings-notifyEmail', label: label('notifyEmail') },
      publicIntake: { id: 'settings-publicIntake', label: label('publicIntake') },
    },
    settings,
  );

  return (
    <Section id="meldpunt-settings" title={t('meldpuntBeheer.settingsTitle')}>
      <SettingsFrame
        settings={form}
        id="meldpunt-settings"
        otherId="settings-other"
        savedMessage={t('meldpuntBeheer.saved')}
        otherItems={(other) => [
          {
            key: 'acknowledge',
            label: label('acknowledgeWorkingDays'),
            value: String(other.acknowledgeWorkingDays),
          },
          { key: 'triage', label: label('triageWorkingDays'), value: String(other.triageWorkingDays) },
          { key: 'notifyEmail', label: label('notifyEmail'), value: other.notifyEmail ?? t('common.none') },
          {
            key: 'publicIntake',
            label: label('publicIntake'),
            value: other.publicIntake ? t('common.yes') : t('common.no'),
          },
        ]}
        fields={summary}
        submitLabel={t('meldpuntBeheer.save')}
      >
        <WholeNumberField
          {...bind('acknowledgeWorkingDays')}
          description={t('meldpuntBeheer.fields.acknowledgeDescription')}
        />
        <WholeNumberField
          {...bind('triageWorkingDays')}
          description={t('meldpuntBeheer.fields.triageDescription')}
        />
        <TextField
          {...bind('notifyEmail')}
          type="email"
          description={t('meldpuntBeheer.fields.notifyEmailDescription')}
          optional
          autoComplete="off"
          maxLength={320}
        />
        <CheckboxField
          {...field('publicIntake')}
          description={t('meldpuntBeheer.fields.publicIntakeDescription')}
          checked={draft.publicIntake}
          onCheckedChange={(publicIntake) => set({ publicIntake })}
        />
      </SettingsFrame>
    </Section>
  );
}

function Categories() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const categories = useQuery({
    queryKey: categoriesKey,
    queryFn: () => apiGet<Category[]>('/api/meldpunt/categorieen'),
  });
  const [done, setDone] = useState<'categoryOff' | 'categoryOn' | null>(null);
  const toggle = useMutation({
    mutationFn: (c: Category) =>
      apiSend<Category>('PATCH', `/api/meldpunt/categorieen/${c.id}`, {
        version: c.version,
        active: !c.active,
      }),
    onSuccess: (c) => setDone(c.active ? 'categoryOn' : 'categoryOff'),
    // Also after a conflict: read the list again, so the next click is based on what is saved now.
    onSettled: () => queryClient.invalidateQueries({ queryKey: categoriesKey }),
  });

  return (
    <Section id="meldpunt-categories" title={t('meldpuntBeheer.categoriesTitle')}>
      <Paragraph>{t('meldpuntBeheer.categoriesIntro')}</Paragraph>
      {done ? (
        <Alert type="ok" live>
          <Paragraph>{t(`meldpuntBeheer.${done}`)}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary error={toggle.error} fields={[]} />
      <QueryState query={categories}>
        {(list) => (
          <Table
            labelledBy="meldpunt-categories"
            head={
              <Tr>
                <Th>{t('meldpuntBeheer.columns.labelNl')}</Th>
                <Th>{t('meldpuntBeheer.columns.labelEn')}</Th>
                <Th>{t('meldpuntBeheer.columns.code')}</Th>
                <Th>{t('meldpuntBeheer.columns.origin')}</Th>
                <Th>{t('meldpuntBeheer.columns.status')}</Th>
                <Th>{t('meldpuntBeheer.columns.action')}</Th>
              </Tr>
            }
          >
            {list.map((c) => (
              <Tr key={c.id}>
                <Td>{c.labelNl}</Td>
                <Td>{c.labelEn}</Td>
                <Td>
                  <span className="duiden-code">{c.code}</span>
                </Td>
                <Td>{c.nctv ? t('meldpuntBeheer.nctv') : t('meldpuntBeheer.own')}</Td>
                <Td>
                  {c.active ? (
                    <StatusBadge status="success">{t('meldpuntBeheer.active')}</StatusBadge>
                  ) : (
                    <StatusBadge status="inactive">{t('meldpuntBeheer.inactive')}</StatusBadge>
                  )}
                </Td>
                <Td>
                  <Button
                    busy={toggle.isPending && toggle.variables?.id === c.id}
                    aria-label={
                      c.active
                        ? t('meldpuntBeheer.turnOffLabel', { label: c.labelNl })
                        : t('meldpuntBeheer.turnOnLabel', { label: c.labelNl })
                    }
                    onClick={() => {
                      if (toggle.isPending) return;
                      setDone(null);
                      toggle.mutate(c);
                    }}
                  >
                    {c.active ? t('meldpuntBeheer.turnOff') : t('meldpuntBeheer.turnOn')}
                  </Button>
                </Td>
              </Tr>
            ))}
          </Table>
        )}
      </QueryState>
      <NewCategoryForm />
    </Section>
  );
}

const EMPTY = { code: '', labelNl: '', labelEn: '' };

function NewCategoryForm() {
  const { t } = useTranslation();
  const { draft, set, add, added, submit } = useAddForm({
    empty: EMPTY,
    send: (values: typeof EMPTY) =>
      apiSend<Category>('POST', '/api/meldpunt/categorieen', {
        code: values.code.trim() || undefined,
        labelNl: values.labelNl.trim() || undefined,
        labelEn: values.labelEn.trim() || undefined,
      }),
    confirm: (c) => c.labelNl,
    queryKey: categoriesKey,
  });
  const { summary, bind } = useFormFields(
    add.error,
    fieldTable(Object.keys(EMPTY) as Array<keyof typeof EMPTY>, (f) => ({
      id: `new-category-${f}`,
      label: t(`meldpuntBeheer.fields.${f}`),
    })),
    { draft, set },
  );

  return (
    <>
      <Heading level={3} id="new-category">
        {t('meldpuntBeheer.newCategoryTitle')}
      </Heading>
      <FormFrame
        labelledBy="new-category"
        done={added !== null ? t('meldpuntBeheer.categoryAdded', { label: added }) : null}
        error={add.error}
        fields={summary}
        submitLabel={t('meldpuntBeheer.addCategory')}
        busy={add.isPending}
        onSubmit={submit}
      >
        <TextField {...bind('labelNl')} autoComplete="off" maxLength={200} required />
        <TextField {...bind('labelEn')} autoComplete="off" maxLength={200} required />
        <TextField
          {...bind('code')}
          description={t('meldpuntBeheer.fields.codeDescription')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={60}
          required
        />
      </FormFrame>
    </>
  );
}
