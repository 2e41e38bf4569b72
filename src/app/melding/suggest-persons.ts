import type { Database } from '../../db/database.js';
import { findSignal } from '../../db/meldingen.js';
import { type Candidate, personsByReference, suggestPersons } from '../../db/personen.js';
import type { Actor } from '../../domain/access/roles.js';
import { mayWorkOnSignal, personScope, signalViewFor } from '../../domain/melding/access.js';
import { clean } from '../../domain/melding/intake.js';
import { normalizeAddress, normalizeName } from '../../domain/melding/names.js';
import { referenceSearch } from '../../domain/melding/reference.js';
import { forbidden, notFound, type Result } from './results.js';

export interface SubjectSuggestions {
  readonly subjectId: string;
  readonly linkedPersonId: string | null;
  readonly candidates: readonly Candidate[];
}

/** Candidates per matching field; at most three times this many per mention. */
const PER_FIELD = 10;

/**
 * For every person named in a signal, the existing persons who may be the same one (similar name, same
 * birth date, similar address), minus the one already linked and those the officer rejected for this
 * mention. Candidates, in name order, with the fields that match: the officer decides.
 */
export async function suggestForSignal(
  db: Database,
  actor: Actor,
  signalId: string,
): Promise<Result<{ subjects: SubjectSuggestions[]; personIds: string[] }>> {
  const signal = await findSignal(db, signalId);
  if (!signal || !signalViewFor(actor, signal)) return notFound;
  const scope = personScope(actor);
  if (!scope || !mayWorkOnSignal(actor, signal)) return forbidden;
  const subjects: SubjectSuggestions[] = [];
  for (const sub of signal.subjects) {
    const name = clean(sub.name);
    const address = clean(sub.address);
    const candidates = await suggestPersons(db, {
      tenantId: scope.tenantId,
      includeRestricted: scope.includeRestricted,
      normalizedName: name ? normalizeName(name) : null,
      birthDate: sub.birthDate,
      normalizedAddress: address ? normalizeAddress(address) : null,
      excludeIds: [...sub.rejectedPersonIds, ...(sub.personId ? [sub.personId] : [])],
      perField: PER_FIELD,
    });
    subjects.push({ subjectId: sub.id, linkedPersonId: sub.personId, candidates });
  }
  const personIds = [...new Set(subjects.flatMap((s) => s.candidates.map((c) => c.id)))];
  return { ok: true, subjects, personIds };
}

/**
 * Persons with a similar name, for an officer who looks someone up to link by hand; a reference
 * ("M-2026-00039", "00039", "C-2026-0001") finds the persons of that signal or case instead.
 */
export async function searchPersons(
  db: Database,
  actor: Actor,
  name: string,
): Promise<Result<{ persons: Candidate[] }>> {
  const scope = personScope(actor);
  if (!scope) return forbidden;
  const signal = referenceSearch(name, 'M');
  const casus = scope.includeCases ? referenceSearch(name, 'C') : null;
  if (signal || casus) {
    const persons = await personsByReference(db, {
      tenantId: scope.tenantId,
      includeRestricted: scope.includeRestricted,
      signalPattern: signal?.pattern ?? null,
      casePattern: casus?.pattern ?? null,
    });
    return { ok: true, persons };
  }
  const normalized = normalizeName(name);
  if (!normalized) return { ok: true, persons: [] };
  const persons = await suggestPersons(db, {
    tenantId: scope.tenantId,
    includeRestricted: scope.includeRestricted,
    normalizedName: normalized,
    birthDate: null,
    normalizedAddress: null,
    excludeIds: [],
    perField: 25,
  });
  return { ok: true, persons };
}
