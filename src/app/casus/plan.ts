import {
  deleteMeasure,
  findCatalogueEntry,
  findMeasure,
  findPlan,
  insertCatalogueEntry,
  insertMeasure,
  listCatalogue,
  listMeasures,
  type MeasureWrite,
  type NewCatalogueEntry,
  savePlan,
  setCatalogueEntryActive,
  updateMeasure,
} from '../../db/casus-plan.js';
import { type MeasureInput, validateCatalogueEntry, validateMeasure } from '../../domain/casus/measures.js';
import { mayEditMeasure } from '../../domain/casus/participation.js';
import { type CasePlan, validatePlan } from '../../domain/casus/plan.js';
import type { MeasureStatus, MeasureTrack } from '../../domain/casus/types.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import {
  type Ctx,
  fieldError,
  forbidden,
  inTx,
  invalid,
  notFound,
  Refused,
  type Result,
} from '../overleg/results.js';
import { auditCase, loadCase, loadForRegie } from './load.js';
import {
  caseForChange,
  changeCasePart,
  changed,
  closedCase,
  created,
  savedAfter,
} from './versioned-change.js';
import { measureView, planView } from './views.js';

/** The plan van aanpak and its measures in three tracks. */

export async function readPlan(ctx: Ctx, id: string) {
  const c = await loadCase(ctx, id);
  if (!c.ok) return c;
  await auditCase(ctx, ctx.db, c, 'read');
  return { ok: true as const, plan: planView(await findPlan(ctx.db, id)) };
}

export async function changePlan(
  ctx: Ctx,
  id: string,
  input: CasePlan & { version: number },
): Promise<Result<{ version: number }>> {
  const c = await caseForChange(ctx, id, 'plan');
  if (!c.ok) return c;
  const { version, ...plan } = input;
  const errors = validatePlan(plan);
  if (errors.length > 0) return invalid(errors);
  const done = await changeCasePart(ctx, c, {
    action: 'update',
    write: (q) => savePlan(q, id, version, plan, ctx.now, ctx.actor.userId),
    event: () => ({ kind: 'plan_gewijzigd' }),
    current: async () => planView(await findPlan(ctx.db, id)),
  });
  return savedAfter(version, done);
}

/** The catalogue of the actor's municipality; beheer also sees the entries switched off. */
export async function readCatalogue(ctx: Ctx) {
  return listCatalogue(ctx.db, ctx.actor.tenantId, ctx.actor.role === 'functioneel_beheerder');
}

/** Beheer adds an own entry (or, with the code of a shared one, replaces or switches it off). */
export async function addCatalogueEntry(ctx: Ctx, input: NewCatalogueEntry): Promise<Result<{ id: string }>> {
  const errors = validateCatalogueEntry({
    code: input.code,
    track: input.track,
    nl: input.labelNl,
    en: input.labelEn,
    legalBasis: input.legalBasis,
  });
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const id = await insertCatalogueEntry(q, ctx.actor.tenantId, {
        ...input,
        labelNl: input.labelNl.trim(),
        labelEn: input.labelEn.trim(),
        legalBasis: trimmed(input.legalBasis),
      });
      if (!id) {
        throw new Refused(
          fieldError(
            'code',
            'De gemeente heeft al een eigen maatregel met deze code.',
            'The municipality already has an own measure with this code.',
          ),
        );
      }
      await ctx.audit(q, { action: 'create', objectType: 'maatregelcatalogus', objectId: id });
      return id;
    },
    async () => null,
  );
  return done.ok ? { ok: true, id: done.value } : done;
}

export async function switchCatalogueEntry(ctx: Ctx, id: string, active: boolean): Promise<Result<object>> {
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await setCatalogueEntryActive(q, ctx.actor.tenantId, id, active))) throw new Refused(notFound);
      await ctx.audit(q, { action: 'update', objectType: 'maatregelcatalogus', objectId: id });
    },
    async () => null,
  );
  return done.ok ? { ok: true } : done;
}

export async function readMeasures(ctx: Ctx, id: string) {
  const c = await loadCase(ctx, id);
  if (!c.ok) return c;
  await auditCase(ctx, ctx.db, c, 'read');
  const list = await listMeasures(ctx.db, id);
  return { ok: true as const, measures: list.map((m) => measureView(m, ctx.actor, c.access)) };
}

export interface MeasureFields {
  readonly catalogueId?: string | null;
  readonly track?: MeasureTrack;
  readonly title?: string;
  readonly ownerOrganisationId?: string;
  readonly ownerUserId?: string | null;
  readonly legalBasis?: string | null;
  readonly startsOn?: string | null;
  readonly endsOn?: string | null;
  readonly status?: MeasureStatus;
  readonly evaluationResult?: string | null;
  readonly evaluationWhatWorked?: string | null;
}

/** Fields a partner owning a measure may change: how it runs and how it went, not what or whose it is. */
const PARTNER_FIELDS: ReadonlySet<keyof MeasureFields> = new Set([
  'startsOn',
  'endsOn',
  'status',
  'evaluationResult',
  'evaluationWhatWorked',
]);

const trimmed = (s: string | null | undefined): string | null => (s?.trim() ? s.trim() : null);

/** Checks catalogue, owner and the domain rules; returns the measure to write or the field errors. */
async function resolveMeasure(
  ctx: Ctx,
  tenantId: string,
  base: MeasureWrite | null,
  f: MeasureFields,
): Promise<{ ok: true; measure: MeasureWrite } | { ok: false; errors: FieldIssue[] }> {
  const errors: FieldIssue[] = [];
  const catalogueId = f.catalogueId !== undefined ? f.catalogueId : (base?.catalogueId ?? null);
  const entry = catalogueId ? await findCatalogueEntry(ctx.db, tenantId, catalogueId) : null;
  if (catalogueId && !entry) {
    errors.push({
      field: 'catalogueId',
      nl: 'Deze maatregel staat niet in de catalogus.',
      en: 'This measure is not in the catalogue.',
    });
  }
  const track = f.track ?? (f.catalogueId && entry ? entry.track : base?.track);
  if (!track) {
    errors.push({
      field: 'track',
      nl: 'Kies het spoor: strafrechtelijk, bestuurlijk of zorg.',
      en: 'Choose the track: criminal, administrative or care.',
    });
  } else if (entry && entry.track !== track) {
    errors.push({
      field: 'track',
      nl: 'Deze maatregel hoort bij een ander spoor.',
      en: 'This measure belongs to another track.',
    });
  }
  const ownerOrganisationId = f.ownerOrganisationId ?? base?.ownerOrganisationId;
  if (!ownerOrganisationId) {
    errors.push({
      field: 'ownerOrganisationId',
      nl: 'Kies de organisatie die eigenaar is van de maatregel.',
      en: 'Choose the organisation that owns the measure.',
    });
  } else {
    const org = await ctx.db.query('SELECT 1 FROM organisation WHERE id = $1 AND tenant_id = $2', [
      ownerOrganisationId,
      tenantId,
    ]);
    if (org.rowCount === 0) {
      errors.push({
        field: 'ownerOrganisationId',
        nl: 'Kies de gemeente of een van haar ketenpartners.',
        en: 'Choose the municipality or one of its partner organisations.',
      });
    }
  }
  const ownerUserId = f.ownerUserId !== undefined ? f.ownerUserId : (base?.ownerUserId ?? null);
  if (ownerUserId && ownerOrganisationId) {
    const m = await ctx.db.query(
      'SELECT 1 FROM membership WHERE user_id = $1 AND organisation_id = $2 AND ended_at IS NULL',
      [ownerUserId, ownerOrganisationId],
    );
    if (m.rowCount === 0) {
      errors.push({
        field: 'ownerUserId',
        nl: 'Deze persoon werkt niet bij de organisatie die eigenaar is.',
        en: 'This person does not work for the owning organisation.',
      });
    }
  }
  if (errors.length > 0 || !track || !ownerOrganisationId) return { ok: false, errors };
  const pick = <K extends keyof MeasureInput>(k: K, fallback: MeasureInput[K]): MeasureInput[K] =>
    f[k] !== undefined ? (f[k] as MeasureInput[K]) : base ? base[k] : fallback;
  const measure: MeasureWrite = {
    catalogueId,
    track,
    title: (f.title ?? base?.title ?? (entry ? entry.label.nl : '')).trim(),
    ownerOrganisationId,
    ownerUserId,
    legalBasis: trimmed(
      f.legalBasis !== undefined ? f.legalBasis : (base?.legalBasis ?? entry?.legalBasis ?? null),
    ),
    startsOn: pick('startsOn', null),
    endsOn: pick('endsOn', null),
    status: pick('status', 'gepland'),
    evaluationResult: trimmed(pick('evaluationResult', null)),
    evaluationWhatWorked: trimmed(pick('evaluationWhatWorked', null)),
  };
  const rules = validateMeasure(measure);
  return rules.length > 0 ? { ok: false, errors: rules } : { ok: true, measure };
}

async function currentMeasure(ctx: Ctx, id: string, measureId: string): Promise<unknown> {
  const c = await loadCase(ctx, id);
  const m = await findMeasure(ctx.db, measureId);
  return c.ok && m && m.casusId === id ? measureView(m, ctx.actor, c.access) : null;
}

export async function createMeasure(
  ctx: Ctx,
  id: string,
  f: MeasureFields,
): Promise<Result<{ id: string; version: number }>> {
  const c = await caseForChange(ctx, id, 'maatregelen');
  if (!c.ok) return c;
  const r = await resolveMeasure(ctx, c.dossier.tenantId, null, f);
  if (!r.ok) return invalid(r.errors);
  const done = await changeCasePart(ctx, c, {
    action: 'create',
    write: (q) => insertMeasure(q, id, r.measure, ctx.now, ctx.actor.userId),
    event: (measureId) => ({
      kind: 'maatregel_toegevoegd',
      to: `${r.measure.track}: ${r.measure.title}`,
      subjectId: measureId,
    }),
  });
  return created(done);
}

export async function changeMeasure(
  ctx: Ctx,
  id: string,
  measureId: string,
  input: MeasureFields & { version: number },
): Promise<Result<{ version: number }>> {
  const c = await loadCase(ctx, id);
  if (!c.ok) return c;
  const existing = await findMeasure(ctx.db, measureId);
  if (!existing || existing.casusId !== id) return notFound;
  if (!mayEditMeasure(c.access, ctx.actor, existing.ownerOrganisationId)) return forbidden;
  if (c.dossier.phase === 'afgesloten') return closedCase('maatregelen');
  const { version, ...f } = input;
  if (c.access !== 'regie') {
    const other = (Object.keys(f) as (keyof MeasureFields)[]).find(
      (k) => f[k] !== undefined && !PARTNER_FIELDS.has(k),
    );
    if (other) {
      return fieldError(
        other,
        'Alleen de casusregisseur kan dit onderdeel van de maatregel wijzigen.',
        'Only the case director can change this part of the measure.',
      );
    }
  }
  const r = await resolveMeasure(ctx, c.dossier.tenantId, existing, f);
  if (!r.ok) return invalid(r.errors);
  const done = await changeCasePart(ctx, c, {
    action: 'update',
    write: (q) => updateMeasure(q, measureId, version, r.measure, ctx.now),
    event: () => ({
      kind: 'maatregel_gewijzigd',
      from: existing.status,
      to: r.measure.status,
      reason: r.measure.title,
      subjectId: measureId,
    }),
    current: () => currentMeasure(ctx, id, measureId),
  });
  return savedAfter(version, done);
}

export async function removeMeasure(
  ctx: Ctx,
  id: string,
  measureId: string,
  version: number,
): Promise<Result<object>> {
  const c = await loadForRegie(ctx, id);
  if (!c.ok) return c;
  const existing = await findMeasure(ctx.db, measureId);
  if (!existing || existing.casusId !== id) return notFound;
  if (c.dossier.phase === 'afgesloten') return closedCase('maatregelen');
  const done = await changeCasePart(ctx, c, {
    action: 'delete',
    write: (q) => deleteMeasure(q, measureId, version),
    event: () => ({
      kind: 'maatregel_verwijderd',
      from: `${existing.track}: ${existing.title}`,
      subjectId: measureId,
    }),
    current: () => currentMeasure(ctx, id, measureId),
  });
  return changed(done);
}
