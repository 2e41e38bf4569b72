import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiSend } from '../../api';
import { OtherVersion } from '../../ui/form-conflict';
import { CheckboxField, WholeNumberField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { settingsWith, useSettingsForm } from '../../ui/form-send';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';

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

/** A whole number as the API wants it; anything else is sent as -1, for the server to refuse by name. */
const whole = (v: string) => (/^\d{1,4}$/.test(v.trim()) ? Number(v.trim()) : -1);

/**
 * The privacy settings of the municipality: how long emergency access lasts, how often one user may ask,
 * four-eyes mode and its waiting time, and the unusual-use thresholds.
 */
export function PrivacySettingsForm() {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: KEY,
    queryFn: () => apiGet<PrivacySettings>('/api/privacy/instellingen'),
  });
  return (
    <Section id="privacy-settings" title={t('dataProtection.dashboard.settings.title')}>
      <QueryState query={settings}>{(s) => <SettingsForm initial={s} />}</QueryState>
    </Section>
  );
}

function SettingsForm({ initial }: { readonly initial: PrivacySettings }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(
    () => Object.fromEntries(FIELDS.map((f) => [f, String(initial[f])])) as Record<Field, string>,
  );
  const [fourEyes, setFourEyes] = useState(initial.breakGlassFourEyes);
  const { save, saved, other, fieldError, submit } = useSettingsForm({
    queryKey: KEY,
    initial,
    isRecord: settingsWith<PrivacySettings>('breakGlassHours'),
    send: (version) =>
      apiSend<PrivacySettings>('PUT', '/api/privacy/instellingen', {
        ...(Object.fromEntries(FIELDS.map((f) => [f, whole(draft[f])])) as Record<Field, number>),
        breakGlassFourEyes: fourEyes,
        version,
      }),
  });
  const label = (f: Field) => t(`dataProtection.dashboard.settings.${f}`);
  return (
    <FormFrame
      labelledBy="privacy-settings"
      done={saved ? t('dataProtection.dashboard.settings.saved') : null}
      error={save.error}
      fields={FIELDS.map((f) => ({ field: f, id: `privacy-${f}`, label: label(f) }))}
      conflict={
        other ? (
          <OtherVersion
            title={t('beheer.conflictTitle')}
            intro={t('beheer.conflictIntro', { version: other.version })}
            id="privacy-settings-other"
            version={other.version}
            items={[
              ...FIELDS.map((f) => ({ key: f, label: label(f), value: String(other[f]) })),
              {
                key: 'breakGlassFourEyes',
                label: t('dataProtection.dashboard.settings.breakGlassFourEyes'),
                value: other.breakGlassFourEyes ? t('common.yes') : t('common.no'),
              },
            ]}
          />
        ) : null
      }
      submitLabel={t('dataProtection.dashboard.settings.save')}
      busy={save.isPending}
      submitAppearance="primary-action"
      onSubmit={submit}
    >
      {FIELDS.map((f) => (
        <WholeNumberField
          key={f}
          id={`privacy-${f}`}
          label={label(f)}
          description={t(`dataProtection.dashboard.settings.${f}Description`)}
          value={draft[f]}
          onValueChange={(v) => setDraft((d) => ({ ...d, [f]: v }))}
          error={fieldError(f)}
          digits={4}
        />
      ))}
      <CheckboxField
        id="privacy-breakGlassFourEyes"
        label={t('dataProtection.dashboard.settings.breakGlassFourEyes')}
        description={t('dataProtection.dashboard.settings.breakGlassFourEyesDescription')}
        checked={fourEyes}
        onCheckedChange={setFourEyes}
      />
    </FormFrame>
  );
}
