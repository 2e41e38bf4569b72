import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, MeldpuntSettings } from '../../../contract/meldingen';
import { ApiError, apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { ErrorSummary } from '../../ui/error-summary';
import { CheckboxField, TextField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { LoadError, Loading } from '../../ui/query-state';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';

const settingsKey = ['meldpunt-settings'] as const;
const categoriesKey = ['meldpunt-categories'] as const;

/** A whole number as the API wants it; anything else is sent as typed, for the server to refuse by name. */
function whole(value: string): number | string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  return /^\d{1,3}$/.test(v) ? Number(v) : v;
}

/**
 * /beheer/meldpunt: the meldpunt of the own municipality as the functioneel beheerder sets it up: the
 * deadlines in working days, the address for the content-free notification, whether the municipality is on
 * the public form, and the phenomenon categories (the NCTV list plus its own). No signal content.
 */
export function MeldpuntSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('meldpuntBeheer.title'));
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => apiGet<MeldpuntSettings>('/api/meldpunt/instellingen'),
  });
  return (
    <>
      <Paragraph>
        <AppLink to="/beheer/gebruikers">{t('beheer.backToUsers')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('meldpuntBeheer.title')}</Heading>
      <Paragraph>{t('meldpuntBeheer.intro')}</Paragraph>
      {settings.isPending ? <Loading /> : null}
      {settings.error ? <LoadError error={settings.error} /> : null}
      {settings.data ? <SettingsForm initial={settings.data} /> : null}
      <Categories />
    </>
  );
}

function isSettings(value: unknown): value is MeldpuntSettings {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<MeldpuntSettings>;
  return typeof s.version === 'number' && typeof s.acknowledgeWorkingDays === 'number';
}

function conflictSettings(error: unknown): MeldpuntSettings | null {
  return error instanceof ApiError && error.code === 'conflict' && isSettings(error.body.current)
    ? error.body.current
    : null;
}

function SettingsForm({ initial }: { readonly initial: MeldpuntSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [baseVersion, setBaseVersion] = useState(initial.version);
  const [acknowledge, setAcknowledge] = useState(String(initial.acknowledgeWorkingDays));
  const [triage, setTriage] = useState(String(initial.triageWorkingDays));
  const [notifyEmail, setNotifyEmail] = useState(initial.notifyEmail ?? '');
  const [publicIntake, setPublicIntake] = useState(initial.publicIntake);
  const [saved, setSaved] = useState(false);

  const save = useMutation({
    mutationFn: () =>
      apiSend<MeldpuntSettings>('PATCH', '/api/meldpunt/instellingen', {
        version: baseVersion,
        acknowledgeWorkingDays: whole(acknowledge),
        triageWorkingDays: whole(triage),
        notifyEmail: notifyEmail.trim() === '' ? null : notifyEmail.trim(),
        publicIntake,
      }),
    onSuccess: (s) => {
      queryClient.setQueryData(settingsKey, s);
      setBaseVersion(s.version);
      setSaved(true);
    },
    onError: (error) => {
      // What was typed stays; the next save is based on the version now shown.
      const other = conflictSettings(error);
      if (other) setBaseVersion(other.version);
    },
  });
  const fieldError = useFieldErrors(save.error);
  const other = conflictSettings(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    save.mutate();
  };
  const label = (f: 'acknowledgeWorkingDays' | 'triageWorkingDays' | 'notifyEmail' | 'publicIntake') =>
    t(`meldpuntBeheer.fields.${f}`);

  return (
    <section aria-labelledby="meldpunt-settings" className="duiden-section">
      <Heading level={2} id="meldpunt-settings">
        {t('meldpuntBeheer.settingsTitle')}
      </Heading>
      {saved ? (
        <Alert type="ok" live>
          <Paragraph>{t('meldpuntBeheer.saved')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
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
      />
      {other ? (
        <section className="utrecht-alert utrecht-alert--warning" aria-labelledby="settings-other">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <h3 className="utrecht-heading-3" id="settings-other">
                {t('beheer.conflictTitle')}
              </h3>
              <Paragraph>{t('beheer.conflictIntro', { version: other.version })}</Paragraph>
              <DataList
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
            </div>
          </div>
        </section>
      ) : null}
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="meldpunt-settings">
        <TextField
          id="settings-acknowledge"
          label={label('acknowledgeWorkingDays')}
          description={t('meldpuntBeheer.fields.acknowledgeDescription')}
          inputMode="numeric"
          value={acknowledge}
          onValueChange={setAcknowledge}
          error={fieldError('acknowledgeWorkingDays')}
          autoComplete="off"
          maxLength={3}
          required
        />
        <TextField
          id="settings-triage"
          label={label('triageWorkingDays')}
          description={t('meldpuntBeheer.fields.triageDescription')}
          inputMode="numeric"
          value={triage}
          onValueChange={setTriage}
          error={fieldError('triageWorkingDays')}
          autoComplete="off"
          maxLength={3}
          required
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
        <Button type="submit" appearance="primary-action" busy={save.isPending}>
          {t('meldpuntBeheer.save')}
        </Button>
      </form>
    </section>
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
    <section aria-labelledby="meldpunt-categories" className="duiden-section">
      <Heading level={2} id="meldpunt-categories">
        {t('meldpuntBeheer.categoriesTitle')}
      </Heading>
      <Paragraph>{t('meldpuntBeheer.categoriesIntro')}</Paragraph>
      {done ? (
        <Alert type="ok" live>
          <Paragraph>{t(`meldpuntBeheer.${done}`)}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary error={toggle.error} fields={[]} />
      {categories.isPending ? <Loading /> : null}
      {categories.error ? <LoadError error={categories.error} /> : null}
      {categories.data ? (
        <Table
          caption={t('meldpuntBeheer.categoriesTitle')}
          captionHidden
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
          {categories.data.map((c) => (
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
      ) : null}
      <NewCategoryForm />
    </section>
  );
}

const EMPTY = { code: '', labelNl: '', labelEn: '' };

function NewCategoryForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [added, setAdded] = useState<Category | null>(null);
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const add = useMutation({
    mutationFn: () =>
      apiSend<Category>('POST', '/api/meldpunt/categorieen', {
        code: values.code.trim() || undefined,
        labelNl: values.labelNl.trim() || undefined,
        labelEn: values.labelEn.trim() || undefined,
      }),
    onSuccess: (c) => {
      setAdded(c);
      setValues(EMPTY);
      void queryClient.invalidateQueries({ queryKey: categoriesKey });
    },
  });
  const fieldError = useFieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (add.isPending) return;
    setAdded(null);
    add.mutate();
  };
  const label = (f: keyof typeof EMPTY) => t(`meldpuntBeheer.fields.${f}`);

  return (
    <>
      <Heading level={3} id="new-category">
        {t('meldpuntBeheer.newCategoryTitle')}
      </Heading>
      {added ? (
        <Alert type="ok" live>
          <Paragraph>{t('meldpuntBeheer.categoryAdded', { label: added.labelNl })}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={add.error}
        fields={(Object.keys(EMPTY) as Array<keyof typeof EMPTY>).map((f) => ({
          field: f,
          id: `new-category-${f}`,
          label: label(f),
        }))}
      />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="new-category">
        <TextField
          id="new-category-labelNl"
          label={label('labelNl')}
          value={values.labelNl}
          onValueChange={set('labelNl')}
          error={fieldError('labelNl')}
          autoComplete="off"
          maxLength={200}
          required
        />
        <TextField
          id="new-category-labelEn"
          label={label('labelEn')}
          value={values.labelEn}
          onValueChange={set('labelEn')}
          error={fieldError('labelEn')}
          autoComplete="off"
          maxLength={200}
          required
        />
        <TextField
          id="new-category-code"
          label={label('code')}
          description={t('meldpuntBeheer.fields.codeDescription')}
          value={values.code}
          onValueChange={set('code')}
          error={fieldError('code')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={60}
          required
        />
        <Button type="submit" busy={add.isPending}>
          {t('meldpuntBeheer.addCategory')}
        </Button>
      </form>
    </>
  );
}
