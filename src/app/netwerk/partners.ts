import type {
  NetworkCoverage,
  NetworkKind,
  NetworkLookups,
  Partner,
  PartnerCreate,
  PartnerListQuery,
  PartnerPage,
  PartnerSummary,
  PartnerUpdate,
} from '../../contract/netwerk-partners.js';
import { contactsOfPartner } from '../../db/netwerk-contacts.js';
import {
  findPartner,
  insertDistrict,
  insertOrganisation,
  insertOwnKind,
  insertPartner,
  listDistricts,
  listOwnKinds,
  listPartners,
  organisationsWithoutProfile,
  type PartnerRecord,
  partnersForCoverage,
  updatePartner,
} from '../../db/netwerk-partners.js';
import { organisationTenant } from '../../db/users.js';
import {
  BUILT_IN_PARTNER_KINDS,
  checkPartner,
  coverage,
  DOMAINS,
  type NetworkTask,
  PARTNER_KINDS,
  type PartnerDomain,
  partnerTypeOfKind,
} from '../../domain/netwerk/partners.js';
import { type Ctx, fieldError, inTx, invalid, logDenied, type Result, Stale } from '../overleg/results.js';
import { contactJson, todayOf } from './contacts.js';
import { type CoveringCovenant, coveringCovenants } from './covenants.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/**
 * The partner register (issue 15): a profile on top of an organisation of the tenant, which stays what
 * meetings and cases invite. Reading a partner reads its contact persons (work data of professionals): logged.
 */

const OBJECT_PARTNER = 'netwerk_partner';
const OBJECT_LIST = 'netwerk_partner_list';

/** The kinds of partner of the tenant: the built-in ones and its own. */
export async function partnerKinds(ctx: Ctx): Promise<NetworkKind[]> {
  const own = await listOwnKinds(ctx.db, ctx.actor.tenantId);
  return [
    ...BUILT_IN_PARTNER_KINDS.map((code) => {
      const k = PARTNER_KINDS[code];
      return { code, label: { nl: k.nl, en: k.en }, internal: k.internal, own: false };
    }),
    ...own.map((k) => ({ code: k.code, label: { nl: k.nl, en: k.en }, internal: k.internal, own: true })),
  ];
}

export async function networkLookups(ctx: Ctx): Promise<NetworkLookups> {
  const [kinds, districts, organisations] = await Promise.all([
    partnerKinds(ctx),
    listDistricts(ctx.db, ctx.actor.tenantId),
    organisationsWithoutProfile(ctx.db, ctx.actor.tenantId),
  ]);
  return { kinds, districts, organisationsWithoutProfile: organisations };
}

export async function addDistrict(ctx: Ctx, name: string): Promise<Result<{ id: string }>> {
  const n = name.trim();
  if (!n) return fieldError('name', 'Vul de naam van de wijk in.', 'Enter the name of the district.');
  const id = await insertDistrict(ctx.db, ctx.actor.tenantId, n);
  if (!id) return fieldError('name', 'Deze wijk staat er al.', 'This district is already listed.');
  return { ok: true, id };
}

/** A kind of the municipality's own; its code follows from the Dutch name. */
export async function addKind(
  ctx: Ctx,
  input: { nl: string; en: string; internal: boolean },
): Promise<Result<{ code: string }>> {
  const nl = input.nl.trim();
  const en = input.en.trim();
  const code = nl
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  if (!nl || !/^[a-z][a-z0-9_]{1,39}$/.test(code)) {
    return fieldError(
      'nl',
      'Vul een naam in die met een letter begint.',
      'Enter a name that starts with a letter.',
    );
  }
  if (!en) return fieldError('en', 'Vul de Engelse naam in.', 'Enter the English name.');
  const taken = (await partnerKinds(ctx)).some((k) => k.code === code);
  const added =
    !taken && (await insertOwnKind(ctx.db, ctx.actor.tenantId, { code, nl, en, internal: input.internal }));
  if (!added) return fieldError('nl', 'Deze soort staat er al.', 'This kind is already listed.');
  return { ok: true, code };
}

/** A partner as the register lists it, with the covenant in force today that covers sharing with it. */
const summaryJson = (p: PartnerRecord, covenant: CoveringCovenant | undefined): PartnerSummary => ({
  id: p.organisationId,
  name: p.name,
  kind: p.kind,
  internal: p.internal,
  domain: p.domain as PartnerDomain,
  citywide: p.citywide,
  districtIds: p.districtIds,
  tasks: p.tasks as NetworkTask[],
  contacts: p.contacts,
  covenant: covenant ? { id: covenant.id, title: covenant.title } : null,
});

/** The covenants in force today that cover sharing with these partners (one query for a page). */
const coveringOf = (ctx: Ctx, organisationIds: readonly string[]) =>
  coveringCovenants(ctx.db, ctx.actor.tenantId, organisationIds, { on: todayOf(ctx.now) });

async function partnerJson(ctx: Ctx, p: PartnerRecord): Promise<Partner> {
  const today = todayOf(ctx.now);
  const contacts = await contactsOfPartner(ctx.db, p.organisationId);
  return {
    ...summaryJson(p, (await coveringOf(ctx, [p.organisationId])).get(p.organisationId)),
    notes: p.notes,
    contactPersons: contacts.map((c) => contactJson(c, today)),
    updatedAt: p.updatedAt.toISOString(),
    updatedBy: p.updatedByName,
    version: p.version,
  };
}

/** The partner of the actor's tenant, or null (another tenant's is never revealed). */
async function ownPartner(ctx: Ctx, id: string): Promise<PartnerRecord | null> {
  const p = await findPartner(ctx.db, id);
  return p && p.tenantId === ctx.actor.tenantId ? p : null;
}

/** One page of the register, filtered; the search also finds a partner by a contact person's name or role. */
export async function listNetworkPartners(ctx: Ctx, query: PartnerListQuery): Promise<Result<PartnerPage>> {
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['name', 'id']) : undefined;
  if (after === null) return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  const rows = await listPartners(
    ctx.db,
    ctx.actor.tenantId,
    {
      search: query.zoek,
      kind: query.soort || undefined,
      domain: query.domein || undefined,
      districtId: query.wijk,
      task: query.taak || undefined,
      internal: query.kant === undefined ? undefined : query.kant === 'intern',
    },
    { after: after ? { name: after.name, id: after.id } : undefined, limit: limit + 1 },
  );
  const shown = rows.slice(0, limit);
  // The list names organisations, not persons; a search can match a contact person's name, so it is logged.
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_LIST, objectId: null });
  const last = shown.at(-1);
  const covenants = await coveringOf(
    ctx,
    shown.map((p) => p.organisationId),
  );
  const partners = shown.map((p) => summaryJson(p, covenants.get(p.organisationId)));
  return {
    ok: true,
    partners,
    nextCursor:
      rows.length > limit && last ? encodeCursor({ name: last.name, id: last.organisationId }) : null,
  };
}

export async function readNetworkPartner(ctx: Ctx, id: string): Promise<Result<Partner>> {
  const p = await ownPartner(ctx, id);
  if (!p) return logDenied(ctx, OBJECT_PARTNER, id);
  const partner = await partnerJson(ctx, p);
  // The page names its contact persons: one entry per person, as a list naming many persons does elsewhere.
  await ctx.audit(ctx.db, [
    { action: 'read', objectType: OBJECT_PARTNER, objectId: id },
    ...partner.contactPersons.map((c) => ({ action: 'read', objectType: 'netwerk_contact', objectId: c.id })),
  ]);
  return { ok: true, ...partner };
}

async function checkInput(ctx: Ctx, input: PartnerCreate | PartnerUpdate) {
  const [kinds, districts] = await Promise.all([
    partnerKinds(ctx),
    listDistricts(ctx.db, ctx.actor.tenantId),
  ]);
  return checkPartner(input, new Set(kinds.map((k) => k.code)), new Set(districts.map((d) => d.id)));
}

const valuesOf = (input: PartnerCreate | PartnerUpdate) => ({
  kind: input.kind,
  internal: input.internal,
  domain: input.domain,
  citywide: input.citywide,
  districtIds: input.citywide ? [] : [...new Set(input.districtIds)],
  tasks: [...new Set(input.tasks)],
  notes: input.notes.trim(),
});

/**
 * A partner in the register: a new organisation of the tenant (kind 'partner', so it can be invited), or a
 * profile for one of its organisations that has none yet.
 */
export async function createNetworkPartner(ctx: Ctx, input: PartnerCreate): Promise<Result<{ id: string }>> {
  const errors = await checkInput(ctx, input);
  if (input.organisationId) {
    const tenant = await organisationTenant(ctx.db, input.organisationId);
    const free = (await organisationsWithoutProfile(ctx.db, ctx.actor.tenantId)).some(
      (o) => o.id === input.organisationId,
    );
    if (tenant !== ctx.actor.tenantId || !free) {
      errors.push({
        field: 'organisationId',
        nl: 'Kies een organisatie van uw gemeente die nog niet in het register staat.',
        en: 'Choose an organisation of your municipality that is not in the register yet.',
      });
    }
  }
  if (errors.length > 0) return invalid(errors);
  const id = await ctx.db.tx(async (q) => {
    const organisationId =
      input.organisationId ??
      (await insertOrganisation(q, {
        tenantId: ctx.actor.tenantId,
        name: input.name.trim(),
        partnerType: partnerTypeOfKind(input.kind),
      }));
    await insertPartner(q, {
      organisationId,
      tenantId: ctx.actor.tenantId,
      ...valuesOf(input),
      at: ctx.now,
      by: ctx.actor.userId,
    });
    if (input.organisationId) {
      await q.query('UPDATE organisation SET name = $2 WHERE id = $1', [organisationId, input.name.trim()]);
    }
    await ctx.audit(q, { action: 'create', objectType: OBJECT_PARTNER, objectId: organisationId });
    return organisationId;
  });
  return { ok: true, id };
}

/** Saves the profile at the version read; a stale version is a conflict carrying the saved partner. */
export async function updateNetworkPartner(
  ctx: Ctx,
  id: string,
  input: PartnerUpdate,
): Promise<Result<{ version: number }>> {
  const p = await ownPartner(ctx, id);
  if (!p) return logDenied(ctx, OBJECT_PARTNER, id);
  const errors = await checkInput(ctx, input);
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const saved = await updatePartner(q, id, input.version, {
        name: input.name.trim(),
        ...valuesOf(input),
        at: ctx.now,
        by: ctx.actor.userId,
      });
      if (!saved) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT_PARTNER, objectId: id });
    },
    async () => {
      const now = await findPartner(ctx.db, id);
      return now ? partnerJson(ctx, now) : null;
    },
  );
  return done.ok ? { ok: true, version: input.version + 1 } : done;
}

/** Organisations per district and domain: where the network has gaps. No persons, so nothing is logged. */
export async function networkCoverage(ctx: Ctx): Promise<NetworkCoverage> {
  const [districts, partners] = await Promise.all([
    listDistricts(ctx.db, ctx.actor.tenantId),
    partnersForCoverage(ctx.db, ctx.actor.tenantId),
  ]);
  const table = coverage(
    partners,
    districts.map((d) => d.id),
  );
  return {
    domains: [...DOMAINS],
    rows: districts.map((d) => {
      const counts = DOMAINS.map((x) => table.get(d.id)?.get(x) ?? 0);
      return { district: d, counts, gaps: counts.filter((c) => c === 0).length };
    }),
    citywide: partners.filter((p) => p.citywide).length,
    partners: partners.length,
  };
}
