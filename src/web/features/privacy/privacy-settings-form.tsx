import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { CheckboxField, TextField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { LoadError, Loading } from '../../ui/query-state';

interface PrivacySettings {
  readonly breakGlassHours: number;
  readonly breakGlassMaxPer30Days: number;
  readonly breakGlassFourEyes: boolean;
  readonly breakGlassPendingMinutes: number;
  readonly unusualWindowMinutes: number;
  readonly unusualThreshold: number;
  readonly unusualBreakGlassThreshold: number;
  readonly version: number;
}

const KEY = ['privacy', 'instellingen'] as const;
const FIELDS = [
  'breakGlassHours',
  'breakGlassMaxPer30Days',
  'breakGlassPendingMinutes',
  'unusualWindowMinutes',
  'unusualThreshold',
  'unusualBreakGlassThreshold',
] as const;
type Field = (typeof FIELDS)[number];
const EMPTY = Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<Field, string>;

/** A whole number as the API wants it; anything else is sent as -1, for the server to refuse by name. */
const whole = (v: string) => (/^\d{1,4}$/.test(v.trim()) ? Number(v.trim()) : -1);

/**
 * The privacy settings of the municipality: how long emergency access lasts, how often one user may ask,
 * four-eyes mode and its waiting time, and the unusual-use thresholds.
 */
export function PrivacySettingsForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: KEY,
    queryFn: () => apiGet<PrivacySettings>('/api/privacy/instellingen'),
  });
  const [draft, setDraft] = useState<Record<Field, string>>(EMPTY);
  const [fourEyes, setFourEyes] = useState(false);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings.data) {
      const d = settings.data;
      setDraft(Object.fromEntries(FIELDS.map((f) => [f, String(d[f])])) as Record<Field, string>);
      setFourEyes(d.breakGlassFourEyes);
    }
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () =>
      apiSend<PrivacySettings>('PUT', '/api/privacy/instellingen', {
        ...(Object.fromEntries(FIELDS.map((f) => [f, whole(draft[f])])) as Record<Field, number>),
        breakGlassFourEyes: fourEyes,
        version: settings.data?.version ?? 0,
      }),
    onSuccess: (s) => {
      queryClient.setQueryData(KEY, s);
      setSaved(true);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'conflict')
        void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const fieldError = useFieldErrors(save.error);
  const label = (f: Field) => t(`dataProtection.dashboard.settings.${f}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (!save.isPending) save.mutate();
  };
  return (
    <section aria-labelledby="privacy-settings" className="duiden-section">
      <Heading level={2} id="privacy-settings">
        {t('dataProtection.dashboard.settings.title')}
      </Heading>
      {settings.isPending ? <Loading /> : null}
      {settings.error ? <LoadError error={settings.error} /> : null}
      {saved ? (
        <Alert type="ok" live>
          <Paragraph>{t('dataProtection.dashboard.settings.saved')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={save.error}
        fields={FIELDS.map((f) => ({ field: f, id: `privacy-${f}`, label: label(f) }))}
      />
      {settings.data ? (
        <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="privacy-settings">
          {FIELDS.map((f) => (
            <TextField
              key={f}
              id={`privacy-${f}`}
              label={label(f)}
              description={t(`dataProtection.dashboard.settings.${f}Description`)}
              inputMode="numeric"
              value={draft[f]}
              onValueChange={(v) => setDraft((d) => ({ ...d, [f]: v }))}
              error={fieldError(f)}
              autoComplete="off"
              maxLength={4}
              required
            />
          ))}
          <CheckboxField
            id="privacy-breakGlassFourEyes"
            label={t('dataProtection.dashboard.settings.breakGlassFourEyes')}
            description={t('dataProtection.dashboard.settings.breakGlassFourEyesDescription')}
            checked={fourEyes}
            onCheckedChange={setFourEyes}
          />
          <Button type="submit" appearance="primary-action" busy={save.isPending}>
            {t('dataProtection.dashboard.settings.save')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
