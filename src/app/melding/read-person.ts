import type { Database } from '../../db/database.js';
import {
  findPerson,
  linkHistory,
  type PersonChange,
  type PersonRecord,
  personTimeline,
  type TimelineEntry,
  updatePerson,
} from '../../db/personen.js';
import type { Actor } from '../../domain/access/roles.js';
import { mayLinkPersons, personScope, signalViewFor } from '../../domain/melding/access.js';
import { amsterdamDate, isValidDate } from '../../domain/melding/calendar.js';
import { clean } from '../../domain/melding/intake.js';
import { normalizeAddress, normalizeName } from '../../domain/melding/names.js';
import type { FieldIssue } from '../../domain/melding/types.js';
import { type AuditFn, conflict, forbidden, invalid, notFound, type Result } from './results.js';

async function visiblePerson(db: Database, actor: Actor, id: string): Promise<PersonRecord | null> {
  const scope = personScope(actor);
  const p = await findPerson(db, id);
  if (!scope || !p || p.tenantId !== scope.tenantId) return null;
  if (p.restricted && !scope.includeRestricted) return null;
  return p;
}

export interface PersonPage {
  readonly person: PersonRecord;
  /** The linked signals the actor may see, oldest first. */
  readonly timeline: readonly TimelineEntry[];
  readonly links: Awaited<ReturnType<typeof linkHistory>>;
}

/**
 * A person with every linked signal the actor may see, as a timeline, and the history of link decisions.
 * Signals the actor may not see (an AIVD ambtsbericht for the meldpunt) are left out without a trace.
 */
export async function readPerson(db: Database, actor: Actor, id: string): Promise<Result<PersonPage>> {
  const person = await visiblePerson(db, actor, id);
  if (!person) return notFound;
  const timeline = (await personTimeline(db, id)).filter((e) => signalViewFor(actor, e) === 'full');
  const scope = personScope(actor);
  const links = (await linkHistory(db, id)).filter((l) => !l.restricted || scope?.includeRestricted);
  return { ok: true, person, timeline, links };
}

export interface PersonInput {
  readonly version: number;
  readonly displayName: string;
  readonly birthDate?: string | null | undefined;
  readonly neighbourhood?: string | null | undefined;
  readonly address?: string | null | undefined;
  readonly schoolOrWork?: string | null | undefined;
}

/** Corrects what is recorded about a person (a misspelt name, a birth date that became known). */
export async function changePerson(
  db: Database,
  actor: Actor,
  now: Date,
  id: string,
  input: PersonInput,
  audit: AuditFn,
): Promise<Result<{ version: number }>> {
  if (!mayLinkPersons(actor)) return forbidden;
  const person = await visiblePerson(db, actor, id);
  if (!person) return notFound;
  const errors: FieldIssue[] = [];
  const displayName = clean(input.displayName);
  if (!displayName)
    errors.push({
      field: 'displayName',
      nl: 'Vul de naam van de persoon in.',
      en: "Enter the person's name.",
    });
  if (input.birthDate) {
    if (!isValidDate(input.birthDate)) {
      errors.push({
        field: 'birthDate',
        nl: 'Vul een geldige datum in (jjjj-mm-dd).',
        en: 'Enter a valid date (yyyy-mm-dd).',
      });
    } else if (input.birthDate > amsterdamDate(now)) {
      errors.push({
        field: 'birthDate',
        nl: 'Deze datum ligt in de toekomst.',
        en: 'This date is in the future.',
      });
    }
  }
  if (errors.length > 0) return invalid(errors);
  const address = clean(input.address);
  const change: PersonChange = {
    displayName: displayName as string,
    normalizedName: normalizeName(displayName as string),
    birthDate: input.birthDate || null,
    neighbourhood: clean(input.neighbourhood),
    address,
    normalizedAddress: address ? normalizeAddress(address) : null,
    schoolOrWork: clean(input.schoolOrWork),
  };
  const changed = await db.tx(async (q) => {
    if (!(await updatePerson(q, id, input.version, change))) return false;
    await audit(q, { action: 'update', objectType: 'person', objectId: id, personId: id });
    return true;
  });
  return changed ? { ok: true, version: input.version + 1 } : conflict;
}
