import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../contract/casussen';
import type { Driver } from '../../../domain/casus/types';
import { DRIVERS } from '../../../domain/casus/types';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { Fieldset, TextAreaField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { HelpLink } from '../kennisbank/help-link';
import { useCaseOfPage } from './case-context';
import { CaseMeasures } from './case-measures';
import { casePath, conflictPlan, reloadCase, usePlan } from './casus-api';

const PLAN_MAX = 8000;

type PlanDraft = Omit<Plan, 'updatedAt' | 'updatedBy' | 'version'>;

function draftOf(p: Plan): PlanDraft {
  return {
    goals: p.goals,
    drivers: { ...p.drivers },
    protectiveFactors: p.protectiveFactors,
    impactOnSurroundings: p.impactOnSurroundings,
  };
}

/** /casussen/:id/plan: the plan van aanpak in words, and the measures in three tracks. */
export function CasePlanPage() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  usePageTitle(t('casus.plan.pageTitle', { reference: c.reference }));
  const plan = usePlan(c.id);
  const mayChange = c.access === 'regie' && c.phase !== 'afgesloten';
  return (
    <>
      <section aria-labelledby="case-plan" className="duiden-section">
        <Heading level={2} id="case-plan">
          {t('casus.plan.title')}
        </Heading>
        <Paragraph>{t('casus.plan.intro')}</Paragraph>
        {plan.isPending ? <Loading /> : null}
        {plan.error ? <LoadError error={plan.error} /> : null}
        {plan.data ? mayChange ? <PlanToChange plan={plan.data} /> : <PlanView plan={plan.data} /> : null}
      </section>
      <CaseMeasures />
    </>
  );
}

function Saved({ plan }: { readonly plan: Plan }) {
  const { t } = useTranslation();
  if (!plan.updatedAt) return <Paragraph small>{t('casus.plan.notSavedYet')}</Paragraph>;
  return (
    <Paragraph small>
      {t('casus.plan.savedBy', {
        name: plan.updatedBy ?? t('common.none'),
        at: formatDateTime(plan.updatedAt),
      })}
    </Paragraph>
  );
}

/** The plan for those who read it (the mayor, the partners), in words as the regie wrote it. */
function PlanView({ plan }: { readonly plan: Plan }) {
  const { t } = useTranslation();
  const text = (s: string) => (s ? <span className="duiden-prewrap">{s}</span> : t('common.none'));
  return (
    <>
      <Saved plan={plan} />
      <DataList
        items={[
          { key: 'goals', label: t('casus.plan.goals'), value: text(plan.goals) },
          ...DRIVERS.map((d) => ({
            key: d,
            label: t('casus.plan.driverLabel', { driver: t(`casus.drivers.${d}`) }),
            value: text(plan.drivers[d]),
          })),
          {
            key: 'protective',
            label: t('casus.plan.protectiveFactors'),
            value: text(plan.protectiveFactors),
          },
          { key: 'impact', label: t('casus.plan.impact'), value: text(plan.impactOnSurroundings) },
        ]}
      />
    </>
  );
}

/**
 * The plan as it is read in a meeting, with "Wijzigen" for the regie (as the measures below it): the form
 * opens in its place, and closes again on a save or "Annuleren". A plan not yet written opens as the form.
 */
function PlanToChange({ plan }: { readonly plan: Plan }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLDivElement>(null);
  const close = (done: boolean) => {
    setSaved(done);
    setEditing(false);
    requestAnimationFrame(() => heading.current?.focus());
  };
  if (editing || !plan.updatedAt) {
    return (
      <PlanForm
        plan={plan}
        onSaved={() => close(true)}
        onCancel={plan.updatedAt ? () => close(false) : undefined}
      />
    );
  }
  return (
    <>
      {saved ? (
        <Alert type="ok" live>
          <Paragraph>{t('casus.plan.saved')}</Paragraph>
        </Alert>
      ) : null}
      {/* Takes focus when the form closes, so keyboard users stay at the plan. */}
      <div ref={heading} tabIndex={-1}>
        <PlanView plan={plan} />
      </div>
      <ButtonGroup>
        <Button
          onClick={() => {
            setSaved(false);
            setEditing(true);
            requestAnimationFrame(() => document.getElementById('plan-goals')?.focus());
          }}
        >
          {t('casus.plan.edit')}
        </Button>
      </ButtonGroup>
    </>
  );
}

/**
 * One form for the whole plan. The version last read goes along; when someone else saved in between, the
 * server answers 409 with their version: it is shown next to the form, which keeps what the user typed,
 * and the next save is based on that version.
 */
function PlanForm({
  plan,
  onSaved,
  onCancel,
}: {
  readonly plan: Plan;
  readonly onSaved: () => void;
  readonly onCancel: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const queryClient = useQueryClient();
  const save = useVersionedSave({
    initial: () => draftOf(plan),
    version: plan.version,
    send: (draft, version) =>
      apiSend<{ version: number }>('PUT', `${casePath(c.id)}/plan`, { version, ...draft }),
    versionOf: (r) => r.version,
    conflict: conflictPlan,
    onSaved: async () => {
      await reloadCase(queryClient, c.id);
      onSaved();
    },
    onConflict: () => void reloadCase(queryClient, c.id),
  });
  const { draft, set, fieldError, bind } = save;
  const driverLabel = (d: Driver) => t('casus.plan.driverLabel', { driver: t(`casus.drivers.${d}`) });
  const fields = [
    { field: 'goals', id: 'plan-goals', label: t('casus.plan.goals') },
    ...DRIVERS.map((d) => ({ field: `drivers.${d}`, id: `plan-driver-${d}`, label: driverLabel(d) })),
    { field: 'protectiveFactors', id: 'plan-protective', label: t('casus.plan.protectiveFactors') },
    { field: 'impactOnSurroundings', id: 'plan-impact', label: t('casus.plan.impact') },
  ];
  const none = t('common.none');
  return (
    <>
      <Saved plan={plan} />
      <VersionedForm
        save={save}
        fields={fields}
        savedMessage={t('casus.plan.saved')}
        otherItems={(other) => [
          { key: 'goals', label: t('casus.plan.goals'), value: other.goals || none },
          ...DRIVERS.map((d) => ({ key: d, label: driverLabel(d), value: other.drivers[d] || none })),
          {
            key: 'protective',
            label: t('casus.plan.protectiveFactors'),
            value: other.protectiveFactors || none,
          },
          { key: 'impact', label: t('casus.plan.impact'), value: other.impactOnSurroundings || none },
          {
            key: 'by',
            label: t('casus.plan.savedByLabel'),
            value: other.updatedAt
              ? t('casus.plan.savedBy', {
                  name: other.updatedBy ?? none,
                  at: formatDateTime(other.updatedAt),
                })
              : none,
          },
        ]}
        submitLabel={t('casus.plan.submit')}
        labelledBy="case-plan"
        className="duiden-plan-form"
        moreActions={
          onCancel ? (
            <Button appearance="secondary-action" onClick={onCancel}>
              {t('casus.plan.cancel')}
            </Button>
          ) : null
        }
      >
        <TextAreaField
          id="plan-goals"
          label={t('casus.plan.goals')}
          description={t('casus.plan.goalsDescription')}
          rows={4}
          {...bind('goals')}
          maxLength={PLAN_MAX}
        />
        <Fieldset legend={t('casus.plan.driversLegend')}>
          <Paragraph small>{t('casus.plan.driversDescription')}</Paragraph>
          <HelpLink topic="drijfveren" />
          {DRIVERS.map((d) => (
            <TextAreaField
              key={d}
              id={`plan-driver-${d}`}
              label={driverLabel(d)}
              description={t(`casus.plan.driverHints.${d}`)}
              rows={3}
              value={draft.drivers[d]}
              onValueChange={(v) => set({ drivers: { ...draft.drivers, [d]: v } })}
              error={fieldError(`drivers.${d}`)}
              maxLength={PLAN_MAX}
            />
          ))}
        </Fieldset>
        <TextAreaField
          id="plan-protective"
          label={t('casus.plan.protectiveFactors')}
          description={t('casus.plan.protectiveDescription')}
          rows={3}
          {...bind('protectiveFactors')}
          maxLength={PLAN_MAX}
        />
        <TextAreaField
          id="plan-impact"
          label={t('casus.plan.impact')}
          description={t('casus.plan.impactDescription')}
          rows={3}
          {...bind('impactOnSurroundings')}
          maxLength={PLAN_MAX}
        />
      </VersionedForm>
    </>
  );
}
