import type { CaseIdentifierFacts } from '../domain/casus/identifiers.js';
import type { Queryable } from './database.js';

/**
 * Everything a case knows that could identify its person: the person record, how the linked signals
 * name them (other spellings, addresses, schools), the names in the network and the references of the
 * case and its signals. Input for src/domain/casus/identifiers.ts.
 */
export async function loadIdentifierFacts(
  q: Queryable,
  casusId: string,
): Promise<CaseIdentifierFacts | null> {
  const c = await q.query<{
    reference: string;
    display_name: string;
    birth_date: string | null;
    address: string | null;
    neighbourhood: string | null;
    school_or_work: string | null;
    person_id: string;
    tenant_id: string;
  }>(
    `SELECT c.reference, p.display_name, p.birth_date::text AS birth_date, p.address, p.neighbourhood,
       p.school_or_work, c.person_id, c.tenant_id
     FROM casus c JOIN person p ON p.id = c.person_id WHERE c.id = $1`,
    [casusId],
  );
  const head = c.rows[0];
  if (!head) return null;
  const subjects = await q.query<{
    name: string | null;
    birth_date: string | null;
    address: string | null;
    school_or_work: string | null;
    reference: string;
  }>(
    `SELECT ss.name, ss.birth_date::text AS birth_date, ss.address, ss.school_or_work, s.reference
     FROM signal_subject ss JOIN signal s ON s.id = ss.signal_id
     WHERE ss.person_id = $1 AND ss.tenant_id = $2 LIMIT 200`,
    [head.person_id, head.tenant_id],
  );
  const network = await q.query<{ name: string; linked_name: string | null }>(
    `SELECT n.name, lp.display_name AS linked_name FROM casus_network_person n
     LEFT JOIN person lp ON lp.id = n.linked_person_id WHERE n.casus_id = $1`,
    [casusId],
  );
  const some = (xs: Array<string | null>): string[] => [
    ...new Set(xs.filter((x): x is string => !!x && x.trim().length > 0)),
  ];
  return {
    person: {
      name: head.display_name,
      birthDate: head.birth_date,
      address: head.address,
      neighbourhood: head.neighbourhood,
      schoolOrWork: head.school_or_work,
    },
    otherNames: some(subjects.rows.map((s) => s.name)),
    otherBirthDates: some(subjects.rows.map((s) => s.birth_date)),
    otherAddresses: some(subjects.rows.map((s) => s.address)),
    otherSchoolsOrWork: some(subjects.rows.map((s) => s.school_or_work)),
    networkNames: some(network.rows.flatMap((n) => [n.name, n.linked_name])),
    references: some([head.reference, ...subjects.rows.map((s) => s.reference)]),
  };
}
