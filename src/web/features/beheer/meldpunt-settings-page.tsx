import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, MeldpuntSettings } from '../../../contract/meldingen';
import { apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { OtherVersion } from '../../ui/form-conflict';
import { CheckboxField, TextField, typedWhole, WholeNumberField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { settingsWith, useAddForm, useSettingsForm } from '../../ui/form-send';
import { Heading } from '../../ui/heading';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';

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
  const [acknowledge, setAcknowledge] = useState(String(initial.acknowledgeWorkingDays));
  const [triage, setTriage] = useState(String(initial.triageWorkingDays));
  const [notifyEmail, setNotifyEmail] = useState(initial.notifyEmail ?? '');
  const [publicIntake, setPublicIntake] = useState(initial.publicIntake);
  const { save, saved, other, fieldError, submit } = useSettingsForm({
    queryKey: settingsKey,
    initial,
    isRecord: isSettings,
    send: (version) =>
      apiSend<MeldpuntSettings>('PATCH', '/api/meldpunt/instellingen', {
        version,
        acknowledgeWorkingDays: typedWhole(acknowledge),
        triageWorkingDays: typedWhole(triage),
        notifyEmail: notifyEmail.trim() === '' ? null : notifyEmail.trim(),
        publicIntake,
      }),
  });
  const label = (f: 'acknowledgeWorkingDays' | 'triageWorkingDays' | 'notifyEmail' | 'publicIntake') =>
    t(`meldpuntBeheer.fields.${f}`);

  return (
    <Section id="meldpunt-settings" title={t('meldpuntBeheer.settingsTitle')}>
      <FormFrame
        labelledBy="meldpunt-settings"
        done={saved ? t('meldpuntBeheer.saved') : null}
        error={save.error}
        fields={[
          {
            field: 'acknowledgeWorkingDays',
            id: 'settings-acknowledge',
            label: label('acknowledgeWorkingDays'),
          },
          { field: 'triageWorkingDays', id: 'settings-triage', label: label('triageWorkingDays') },
          { field: 'notifyEmail', id: 'settings-notifyEmail', label: label('notifyEmail') },
          { field: 'publicIntake', id: 'settings-publicIntake', label: label('publicIntake') },
        ]}
        conflict={
          other ? (
            <OtherVersion
              title={t('beheer.conflictTitle')}
              intro={t('beheer.conflictIntro', { version: other.version })}
              id="settings-other"
              version={other.version}
              items={[
                {
                  key: 'acknowledge',
                  label: label('acknowledgeWorkingDays'),
                  value: String(other.acknowledgeWorkingDays),
                },
                {
                  key: 'triage',
                  label: label('triageWorkingDays'),
                  value: String(other.triageWorkingDays),
                },
                {
                  key: 'notifyEmail',
                  label: label('notifyEmail'),
                  value: other.notifyEmail ?? t('common.none'),
                },
                {
                  key: 'publicIntake',
                  label: label('publicIntake'),
                  value: other.publicIntake ? t('common.yes') : t('common.no'),
                },
              ]}
            />
          ) : null
        }
        submitLabel={t('meldpuntBeheer.save')}
        busy={save.isPending}
        submitAppearance="primary-action"
        onSubmit={submit}
      >
        <WholeNumberField
          id="settings-acknowledge"
          label={label('acknowledgeWorkingDays')}
          description={t('meldpuntBeheer.fields.acknowledgeDescription')}
          value={acknowledge}
          onValueChange={setAcknowledge}
          error={fieldError('acknowledgeWorkingDays')}
        />
        <WholeNumberField
          id="settings-triage"
          label={label('triageWorkingDays')}
          description={t('meldpuntBeheer.fields.triageDescription')}
          value={triage}
          onValueChange={setTriage}
          error={fieldError('triageWorkingDays')}
        />
        <TextField
          id="settings-notifyEmail"
          type="email"
          label={label('notifyEmail')}
          description={t('meldpuntBeheer.fields.notifyEmailDescription')}
          optional
          value={notifyEmail}
          onValueChange={setNotifyEmail}
          error={fieldError('notifyEmail')}
          autoComplete="off"
          maxLength={320}
        />
        <CheckboxField
          id="settings-publicIntake"
          label={label('publicIntake')}
          description={t('meldpuntBeheer.fields.publicIntakeDescription')}
          checked={publicIntake}
          onCheckedChange={setPublicIntake}
          error={fieldError('publicIntake')}
        />
      </FormFrame>
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
  const { draft, set, add, added, fieldError, submit } = useAddForm({
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
  const label = (f: keyof typeof EMPTY) => t(`meldpuntBeheer.fields.${f}`);

  return (
    <>
      <Heading level={3} id="new-category">
        {t('meldpuntBeheer.newCategoryTitle')}
      </Heading>
      <FormFrame
        labelledBy="new-category"
        done={added !== null ? t('meldpuntBeheer.categoryAdded', { label: added }) : null}
        error={add.error}
        fields={(Object.keys(EMPTY) as Array<keyof typeof EMPTY>).map((f) => ({
          field: f,
          id: `new-category-${f}`,
          label: label(f),
        }))}
        submitLabel={t('meldpuntBeheer.addCategory')}
        busy={add.isPending}
        onSubmit={submit}
      >
        <TextField
          id="new-category-labelNl"
          label={label('labelNl')}
          value={draft.labelNl}
          onValueChange={(labelNl) => set({ labelNl })}
          error={fieldError('labelNl')}
          autoComplete="off"
          maxLength={200}
          required
        />
        <TextField
          id="new-category-labelEn"
          label={label('labelEn')}
          value={draft.labelEn}
          onValueChange={(labelEn) => set({ labelEn })}
          error={fieldError('labelEn')}
          autoComplete="off"
          maxLength={200}
          required
        />
        <TextField
          id="new-category-code"
          label={label('code')}
          description={t('meldpuntBeheer.fields.codeDescription')}
          value={draft.code}
          onValueChange={(code) => set({ code })}
          error={fieldError('code')}
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
