import type { Database } from '../../db/database.js';
import { bumpSignalVersion, insertEvent, type SignalHead } from '../../db/meldingen.js';
import {
  findPerson,
  findSubject,
  insertLinkDecision,
  insertPerson,
  type PersonRecord,
  type SubjectHead,
  setSubjectPerson,
  unrestrictPerson,
} from '../../db/personen.js';
import type { Actor } from '../../domain/access/roles.js';
import { personScope } from '../../domain/melding/access.js';
import { clean } from '../../domain/melding/intake.js';
import { normalizeAddress, normalizeName } from '../../domain/melding/names.js';
import type { FieldIssue, LinkDecision } from '../../domain/melding/types.js';
import { type AuditFn, invalid, notFound, type Result } from './results.js';
import { actorRef, loadForWork, StaleVersion, versioned } from './signal-work.js';

export type LinkAction =
  | { readonly action: 'bevestigen'; readonly personId: string }
  | { readonly action: 'nieuwe_persoon' }
  | { readonly action: 'afwijzen'; readonly personId: string }
  | { readonly action: 'ontkoppelen' };

const personField = (nl: string, en: string): FieldIssue => ({ field: 'personId', nl, en });

/** A person record the actor may use: same tenant, and not restricted unless the actor sees restricted. */
async function usablePerson(db: Database, actor: Actor, personId: string): Promise<PersonRecord | null> {
  const scope = personScope(actor);
  const p = await findPerson(db, personId);
  if (!scope || !p || p.tenantId !== scope.tenantId) return null;
  if (p.restricted && !scope.includeRestricted) return null;
  return p;
}

/** What a new person record starts with: the details the signal gave, never more. */
function personFromSubject(sub: SubjectHead, head: SignalHead, actor: Actor, now: Date) {
  const displayName = clean(sub.name) ?? `Onbekend (genoemd in ${head.reference})`;
  const address = clean(sub.address);
  return {
    tenantId: head.tenantId,
    displayName,
    normalizedName: clean(sub.name) ? normalizeName(displayName) : '',
    birthDate: sub.birthDate,
    neighbourhood: clean(sub.neighbourhood),
    address,
    normalizedAddress: address ? normalizeAddress(address) : null,
    schoolOrWork: clean(sub.schoolOrWork),
    restricted: head.restricted,
    createdAt: now,
    createdBy: actor.userId,
  };
}

/**
 * The officer's decision on a person named in a signal: confirm a suggested (or searched) person, create a
 * new person record from the mention, reject a suggestion (it is not suggested again), or undo a link.
 * Every decision is kept with who and when, in the link history and the access log.
 */
export async function decidePersonLink(
  db: Database,
  actor: Actor,
  now: Date,
  signalId: string,
  subjectId: string,
  input: LinkAction & { version: number; note?: string | null | undefined },
  audit: AuditFn,
): Promise<Result<{ version: number; personId: string | null }>> {
  const loaded = await loadForWork(db, actor, signalId, input.version);
  if (!loaded.ok) return loaded;
  const head = loaded.head;
  const sub = await findSubject(db, signalId, subjectId);
  if (!sub) return notFound;
  const note = clean(input.note);

  let person: PersonRecord | null = null;
  if (input.action === 'bevestigen' || input.action === 'afwijzen') {
    person = await usablePerson(db, actor, input.personId);
    if (!person) {
      return invalid([
        personField('Kies een persoon van uw eigen gemeente.', 'Choose a person of your own municipality.'),
      ]);
    }
  }
  if ((input.action === 'bevestigen' || input.action === 'nieuwe_persoon') && sub.personId) {
    return invalid([
      personField(
        'Deze vermelding is al aan een persoon gekoppeld. Ontkoppel eerst als het een ander is.',
        'This mention is already linked to a person. Unlink it first if it is someone else.',
      ),
    ]);
  }
  if (input.action === 'afwijzen' && sub.personId === input.personId) {
    return invalid([
      personField(
        'Deze persoon is gekoppeld: ontkoppel in plaats van afwijzen.',
        'This person is linked: unlink instead of rejecting.',
      ),
    ]);
  }
  if (input.action === 'ontkoppelen' && !sub.personId) {
    return invalid([personField('Deze vermelding is niet gekoppeld.', 'This mention is not linked.')]);
  }
  if (input.action === 'nieuwe_persoon' && !clean(sub.name) && !sub.birthDate && !clean(sub.address)) {
    // Without a name, birth date or address nobody could ever find this record again.
    return invalid([
      personField(
        'Zonder naam, geboortedatum of adres kan geen persoon worden aangemaakt.',
        'A person cannot be created without a name, birth date or address.',
      ),
    ]);
  }

  const done = await versioned(() =>
    db.tx(async (q) => {
      if (!(await bumpSignalVersion(q, signalId, input.version))) throw new StaleVersion();
      let personId: string;
      let decision: LinkDecision;
      let action: string;
      if (input.action === 'nieuwe_persoon') {
        personId = await insertPerson(q, personFromSubject(sub, head, actor, now));
        await audit(q, { action: 'create', objectType: 'person', objectId: personId, personId });
        decision = 'bevestigd';
        action = 'person_link_confirm';
      } else if (input.action === 'ontkoppelen') {
        personId = sub.personId as string;
        decision = 'ontkoppeld';
        action = 'person_unlink';
      } else {
        personId = (person as PersonRecord).id;
        decision = input.action === 'bevestigen' ? 'bevestigd' : 'afgewezen';
        action = input.action === 'bevestigen' ? 'person_link_confirm' : 'person_link_reject';
      }
      if (decision === 'bevestigd') {
        await setSubjectPerson(q, subjectId, personId, actor.userId, now);
        if (!head.restricted) await unrestrictPerson(q, personId);
      } else if (decision === 'ontkoppeld') {
        await setSubjectPerson(q, subjectId, null, null, null);
      }
      await insertLinkDecision(q, {
        tenantId: head.tenantId,
        subjectId,
        personId,
        decision,
        userId: actor.userId,
        at: now,
        note,
      });
      await insertEvent(q, {
        signalId,
        at: now,
        actor: actorRef(actor),
        kind: 'koppeling',
        data: { subjectId, personId, decision },
        note,
      });
      await audit(q, { action, objectType: 'signal', objectId: signalId, personId });
      // The person the mention is linked to afterwards.
      if (decision === 'ontkoppeld') return null;
      return decision === 'afgewezen' ? sub.personId : personId;
    }),
  );
  return done.ok ? { ok: true, version: input.version + 1, personId: done.value } : done;
}
