import { findDossier, listParticipants } from '../../db/casus-dossier.js';
import {
  deleteNetworkPerson,
  deleteNetworkRelation,
  findNetworkPerson,
  insertNetworkPerson,
  insertNetworkRelation,
  listNetworkPersons,
  listNetworkRelations,
  type NetworkPersonRecord,
  type NetworkPersonWrite,
  type NetworkRelationRecord,
  type NetworkRelationWrite,
  updateNetworkPerson,
  updateNetworkRelation,
} from '../../db/casus-network.js';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../domain/access/roles.js';
import {
  linkVisible,
  type NetworkPersonInput,
  validateNetworkLink,
  validateNetworkPerson,
} from '../../domain/casus/network.js';
import { caseAccess } from '../../domain/casus/participation.js';
import { personScope } from '../../domain/melding/access.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import { type Ctx, fieldError, invalid, notFound, Refused, type Result } from '../overleg/results.js';
import { auditCase, type LoadedCase, loadCase } from './load.js';
import { caseForChange, changeCasePart, changed, created, savedAfter } from './versioned-change.js';

/** The netwerkanalyse: persons around the subject, their relations, and links to their own records. */

export interface VisibleNetwork {
  readonly persons: readonly NetworkPersonRecord[];
  readonly relations: readonly NetworkRelationRecord[];
  /** The links the viewer may see, per network person id. */
  readonly personLinks: ReadonlyMap<string, { id: string; name: string }>;
  readonly caseLinks: ReadonlyMap<string, { id: string; reference: string }>;
}

/**
 * The network as a viewer sees it: links to meldpunt persons and other cases only when the viewer may see
 * those records (src/domain/casus/network.ts). Used by the screens and by the case summary PDF.
 */
export async function visibleNetwork(
  q: Queryable,
  casusId: string,
  viewer: Actor,
  now: Date,
): Promise<VisibleNetwork> {
  const [persons, relations] = await Promise.all([
    listNetworkPersons(q, casusId),
    listNetworkRelations(q, casusId),
  ]);
  const scope = personScope(viewer);
  const personLinks = new Map<string, { id: string; name: string }>();
  const caseLinks = new Map<string, { id: string; reference: string }>();
  const linkedCases = [...new Set(persons.flatMap((p) => (p.linkedCasus ? [p.linkedCasus.id] : [])))];
  const participants = await listParticipants(q, linkedCases);
  const caseVisible = new Map<string, boolean>();
  for (const cid of linkedCases) {
    const d = await findDossier(q, cid);
    caseVisible.set(
      cid,
      d !== null &&
        caseAccess(
          viewer,
          d,
          participants.filter((p) => p.casusId === cid),
          now,
        ) !== 'none',
    );
  }
  for (const p of persons) {
    if (p.linkedPerson && linkVisible({ kind: 'persoon', ...p.linkedPerson }, scope)) {
      personLinks.set(p.id, { id: p.linkedPerson.id, name: p.linkedPerson.name });
    }
    if (
      p.linkedCasus &&
      linkVisible({ kind: 'casus', viewerHasAccess: caseVisible.get(p.linkedCasus.id) ?? false }, scope)
    ) {
      caseLinks.set(p.id, p.linkedCasus);
    }
  }
  return { persons, relations, personLinks, caseLinks };
}

export function networkPersonView(
  p: NetworkPersonRecord,
  n: Pick<VisibleNetwork, 'personLinks' | 'caseLinks'>,
) {
  return {
    id: p.id,
    name: p.name,
    relation: p.relation,
    relationNote: p.relationNote,
    vulnerability: p.vulnerability,
    preventiveCare: p.preventiveCare,
    preventiveCareNote: p.preventiveCareNote,
    linkedPerson: n.personLinks.get(p.id) ?? null,
    linkedCase: n.caseLinks.get(p.id) ?? null,
    updatedAt: p.updatedAt.toISOString(),
    updatedBy: p.updatedByName,
    version: p.version,
  };
}

export function networkRelationView(r: NetworkRelationRecord) {
  return {
    id: r.id,
    fromPersonId: r.fromPersonId,
    toPersonId: r.toPersonId,
    kind: r.kind,
    note: r.note,
    version: r.version,
  };
}

/** Every person whose own record is shown is a read of that record: logged with that person. */
async function auditLinks(ctx: Ctx, n: VisibleNetwork): Promise<void> {
  for (const l of n.personLinks.values()) {
    await ctx.audit(ctx.db, { action: 'read', objectType: 'persoon', objectId: l.id, personId: l.id });
  }
}

export async function readNetwork(ctx: Ctx, id: string) {
  const c = await loadCase(ctx, id);
  if (!c.ok) return c;
  const n = await visibleNetwork(ctx.db, id, ctx.actor, ctx.now);
  await auditCase(ctx, ctx.db, c, 'read');
  await auditLinks(ctx, n);
  return {
    ok: true as const,
    network: {
      subject: { id: c.dossier.personId, name: c.dossier.personName },
      persons: n.persons.map((p) => networkPersonView(p, n)),
      relations: n.relations.map(networkRelationView),
      mayEdit: c.access === 'regie' && c.dossier.phase !== 'afgesloten',
    },
  };
}

export interface NetworkPersonFields extends NetworkPersonInput {
  readonly linkedPersonId?: string | null | undefined;
  readonly linkedCasusId?: string | null | undefined;
}

const trimmedPerson = (f: NetworkPersonFields): NetworkPersonWrite => ({
  name: f.name.trim(),
  relation: f.relation,
  relationNote: f.relationNote.trim(),
  vulnerability: f.vulnerability.trim(),
  preventiveCare: f.preventiveCare,
  preventiveCareNote: f.preventiveCareNote.trim(),
  linkedPersonId: f.linkedPersonId ?? null,
  linkedCasusId: f.linkedCasusId ?? null,
});

/** The links must point at records of the case's own municipality that the officer may see. */
async function checkLinks(ctx: Ctx, c: LoadedCase, p: NetworkPersonWrite): Promise<FieldIssue[]> {
  const errors: FieldIssue[] = [];
  if (p.linkedPersonId) {
    const r = await ctx.db.query<{ tenant_id: string; restricted: boolean }>(
      'SELECT tenant_id, restricted FROM person WHERE id = $1',
      [p.linkedPersonId],
    );
    const row = r.rows[0];
    if (
      !row ||
      row.tenant_id !== c.dossier.tenantId ||
      !linkVisible(
        { kind: 'persoon', tenantId: row.tenant_id, restricted: row.restricted },
        personScope(ctx.actor),
      )
    ) {
      errors.push({
        field: 'linkedPersonId',
        nl: 'Kies een persoon uit de registratie van het meldpunt van deze gemeente.',
        en: "Choose a person from this municipality's meldpunt records.",
      });
    }
  }
  if (p.linkedCasusId) {
    const d = await findDossier(ctx.db, p.linkedCasusId);
    if (!d || d.tenantId !== c.dossier.tenantId || d.id === c.dossier.id) {
      errors.push({
        field: 'linkedCasusId',
        nl: 'Kies een andere casus van deze gemeente.',
        en: 'Choose another case of this municipality.',
      });
    }
  }
  return errors;
}

async function currentPerson(ctx: Ctx, id: string, personId: string): Promise<unknown> {
  const n = await visibleNetwork(ctx.db, id, ctx.actor, ctx.now);
  const p = n.persons.find((x) => x.id === personId);
  return p ? networkPersonView(p, n) : null;
}

export async function createNetworkPerson(
  ctx: Ctx,
  id: string,
  f: NetworkPersonFields,
): Promise<Result<{ id: string; version: number }>> {
  const c = await caseForChange(ctx, id, 'netwerk');
  if (!c.ok) return c;
  const p = trimmedPerson(f);
  const errors = [...validateNetworkPerson(p), ...(await checkLinks(ctx, c, p))];
  if (errors.length > 0) return invalid(errors);
  const done = await changeCasePart(ctx, c, {
    action: 'create',
    write: (q) => insertNetworkPerson(q, id, p, ctx.now, ctx.actor.userId),
    event: (pid) => ({ kind: 'netwerkpersoon_toegevoegd', to: p.relation, subjectId: pid }),
  });
  return created(done);
}

export async function changeNetworkPerson(
  ctx: Ctx,
  id: string,
  personId: string,
  input: NetworkPersonFields & { version: number },
): Promise<Result<{ version: number }>> {
  const c = await caseForChange(ctx, id, 'netwerk');
  if (!c.ok) return c;
  const existing = await findNetworkPerson(ctx.db, personId);
  if (!existing || existing.casusId !== id) return notFound;
  const p = trimmedPerson(input);
  const errors = [...validateNetworkPerson(p), ...(await checkLinks(ctx, c, p))];
  if (errors.length > 0) return invalid(errors);
  const done = await changeCasePart(ctx, c, {
    action: 'update',
    write: (q) => updateNetworkPerson(q, personId, input.version, p, ctx.now, ctx.actor.userId),
    event: () => ({
      kind: 'netwerkpersoon_gewijzigd',
      from: existing.relation,
      to: p.relation,
      subjectId: personId,
    }),
    current: () => currentPerson(ctx, id, personId),
  });
  return savedAfter(input.version, done);
}

/** Removes a person entered by mistake (and the relations to them); recorded in the timeline. */
export async function removeNetworkPerson(
  ctx: Ctx,
  id: string,
  personId: string,
  version: number,
): Promise<Result<object>> {
  const c = await caseForChange(ctx, id, 'netwerk');
  if (!c.ok) return c;
  const existing = await findNetworkPerson(ctx.db, personId);
  if (!existing || existing.casusId !== id) return notFound;
  const done = await changeCasePart(ctx, c, {
    action: 'delete',
    write: (q) => deleteNetworkPerson(q, personId, version),
    event: () => ({ kind: 'netwerkpersoon_verwijderd', from: existing.relation, subjectId: personId }),
    current: () => currentPerson(ctx, id, personId),
  });
  return changed(done);
}

async function checkRelation(
  ctx: Ctx,
  id: string,
  l: NetworkRelationWrite,
  editingId: string | null,
): Promise<FieldIssue[]> {
  const [persons, relations] = await Promise.all([
    listNetworkPersons(ctx.db, id),
    listNetworkRelations(ctx.db, id),
  ]);
  return validateNetworkLink(
    l,
    new Set(persons.map((p) => p.id)),
    relations.map((r) => ({ id: r.id, from: r.fromPersonId, to: r.toPersonId })),
    editingId,
  );
}

const pairTaken = () =>
  new Refused(
    fieldError(
      'toPersonId',
      'Tussen deze twee personen is al een relatie vastgelegd.',
      'A relation between these two persons has already been recorded.',
    ),
  );

export async function createNetworkRelation(
  ctx: Ctx,
  id: string,
  f: NetworkRelationWrite,
): Promise<Result<{ id: string; version: number }>> {
  const c = await caseForChange(ctx, id, 'netwerk');
  if (!c.ok) return c;
  const l = { ...f, note: f.note.trim() };
  const errors = await checkRelation(ctx, id, l, null);
  if (errors.length > 0) return invalid(errors);
  const done = await changeCasePart(ctx, c, {
    action: 'create',
    write: async (q) => {
      const rid = await insertNetworkRelation(q, id, l, ctx.now, ctx.actor.userId);
      if (!rid) throw pairTaken();
      return rid;
    },
    event: (rid) => ({ kind: 'netwerkrelatie_toegevoegd', to: l.kind, subjectId: rid }),
  });
  return created(done);
}

async function findRelation(ctx: Ctx, id: string, relationId: string) {
  return (await listNetworkRelations(ctx.db, id)).find((r) => r.id === relationId) ?? null;
}

async function currentRelation(ctx: Ctx, id: string, relationId: string): Promise<unknown> {
  const r = await findRelation(ctx, id, relationId);
  return r ? networkRelationView(r) : null;
}

export async function changeNetworkRelation(
  ctx: Ctx,
  id: string,
  relationId: string,
  input: NetworkRelationWrite & { version: number },
): Promise<Result<{ version: number }>> {
  const c = await caseForChange(ctx, id, 'netwerk');
  if (!c.ok) return c;
  const existing = await findRelation(ctx, id, relationId);
  if (!existing) return notFound;
  const l = {
    fromPersonId: input.fromPersonId,
    toPersonId: input.toPersonId,
    kind: input.kind,
    note: input.note.trim(),
  };
  const errors = await checkRelation(ctx, id, l, relationId);
  if (errors.length > 0) return invalid(errors);
  const done = await changeCasePart(ctx, c, {
    action: 'update',
    write: (q) =>
      // The only other way the update fails: the pair it would make is already recorded.
      updateNetworkRelation(q, relationId, input.version, l, ctx.now).catch(() => {
        throw pairTaken();
      }),
    event: () => ({
      kind: 'netwerkrelatie_gewijzigd',
      from: existing.kind,
      to: l.kind,
      subjectId: relationId,
    }),
    current: () => currentRelation(ctx, id, relationId),
  });
  return savedAfter(input.version, done);
}

export async function removeNetworkRelation(
  ctx: Ctx,
  id: string,
  relationId: string,
  version: number,
): Promise<Result<object>> {
  const c = await caseForChange(ctx, id, 'netwerk');
  if (!c.ok) return c;
  const existing = await findRelation(ctx, id, relationId);
  if (!existing) return notFound;
  const done = await changeCasePart(ctx, c, {
    action: 'delete',
    write: (q) => deleteNetworkRelation(q, relationId, version),
    event: () => ({ kind: 'netwerkrelatie_verwijderd', from: existing.kind, subjectId: relationId }),
    current: () => currentRelation(ctx, id, relationId),
  });
  return changed(done);
}
