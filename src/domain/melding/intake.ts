import type { Role } from '../access/roles.js';
import { mayRecordChannel } from './access.js';
import { addDays, isValidDate } from './calendar.js';
import type { Channel, FieldIssue, Place, Relation, ReporterKind, SignalKind, Source } from './types.js';

/** Size limits of the intake; the request schemas use the same numbers. */
export const LIMITS = {
  longText: 4000,
  shortText: 200,
  address: 300,
  assumption: 1000,
  observations: 20,
  assumptions: 10,
  persons: 10,
  attachments: 3,
  attachmentBytes: 10 * 1024 * 1024,
  fileName: 200,
  note: 4000,
  feedback: 2000,
} as const;

/** A fact: what was seen or heard, when and where, and from whom when it is not the reporter's own. */
export interface ObservationDraft {
  readonly description: string;
  readonly observedOn?: string | null | undefined;
  /** When no exact date is known: "begin maart", "sinds de zomer". */
  readonly observedWhen?: string | null | undefined;
  readonly place?: Place | null | undefined;
  readonly placeDetail?: string | null | undefined;
  readonly source: Source;
  readonly sourceDetail?: string | null | undefined;
}

/** A person concerned; every field is optional, but an entry says at least something. */
export interface PersonDraft {
  readonly name?: string | null | undefined;
  readonly age?: number | null | undefined;
  readonly birthDate?: string | null | undefined;
  readonly neighbourhood?: string | null | undefined;
  readonly address?: string | null | undefined;
  readonly schoolOrWork?: string | null | undefined;
  readonly relation?: Relation | null | undefined;
  readonly relationDetail?: string | null | undefined;
}

export interface ReporterDraft {
  readonly kind: ReporterKind;
  readonly name?: string | null | undefined;
  readonly email?: string | null | undefined;
  readonly phone?: string | null | undefined;
  readonly organisation?: string | null | undefined;
  readonly role?: string | null | undefined;
  readonly feedbackWanted?: boolean | undefined;
}

/** The content of any intake: public form, professional and staff. */
export interface IntakeDraft {
  readonly kind: SignalKind;
  readonly reporter: ReporterDraft;
  readonly question?: string | null | undefined;
  readonly observations?: readonly ObservationDraft[] | undefined;
  /** Opinions and assumptions, kept apart from the facts and labelled as such. */
  readonly assumptions?: readonly string[] | undefined;
  /** What contradicts a concern about radicalisation. */
  readonly contraIndications?: string | null | undefined;
  readonly persons?: readonly PersonDraft[] | undefined;
}

/** A step of the Werkwijze informatie delen, confirmed with a note. */
export interface SharingStep {
  readonly done: boolean;
  readonly note?: string | null | undefined;
}

/** The sharing steps a professional records before sharing (Werkwijze informatie delen). */
export interface SharingSteps {
  /** Advice asked, anonymously; the note says from whom. */
  readonly adviceAsked: SharingStep;
  /** Conversation with the person or the parents held; when not, the note says why not. */
  readonly conversationHeld: SharingStep;
  readonly safetyRisksWeighed: SharingStep;
  /** Consent asked; given or not. Without consent the note names the ground for sharing anyway. */
  readonly consent: {
    readonly asked: boolean;
    readonly given: boolean;
    readonly note?: string | null | undefined;
  };
  readonly onlyNecessaryData: SharingStep;
  readonly recordedInOwnFile: SharingStep;
}

/** Trimmed text, or null when blank. */
export function clean(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

const PHONE_RE = /^\+?[0-9()\s-]{6,20}$/;

function issue(field: string, nl: string, en: string): FieldIssue {
  return { field, nl, en };
}

/**
 * The rules of an intake that a schema cannot express: what must be there for its kind, facts apart from
 * opinions, the source of what was not seen first-hand, anonymity kept, and dates that can be true.
 * `today` is the Amsterdam date. Returns one issue per field, named by its dotted path.
 */
export function validateIntake(
  d: IntakeDraft,
  today: string,
  opts: { feedbackInApp?: boolean } = {},
): FieldIssue[] {
  const errors: FieldIssue[] = [];
  const observations = d.observations ?? [];

  if (d.kind === 'adviesvraag' && !clean(d.question)) {
    errors.push(issue('question', 'Stel uw vraag.', 'Ask your question.'));
  }
  if (d.kind === 'melding' && observations.length === 0) {
    errors.push(
      issue(
        'observations',
        'Beschrijf ten minste één waarneming: wat heeft u gezien of gehoord?',
        'Describe at least one observation: what did you see or hear?',
      ),
    );
  }
  observations.forEach((o, i) => {
    const at = `observations.${i}`;
    if (!clean(o.description)) {
      errors.push(
        issue(
          `${at}.description`,
          'Beschrijf wat er is gezien of gehoord.',
          'Describe what was seen or heard.',
        ),
      );
    }
    if (o.observedOn) {
      if (!isValidDate(o.observedOn)) {
        errors.push(
          issue(
            `${at}.observedOn`,
            'Vul een geldige datum in (jjjj-mm-dd).',
            'Enter a valid date (yyyy-mm-dd).',
          ),
        );
      } else if (o.observedOn > today) {
        errors.push(
          issue(`${at}.observedOn`, 'Deze datum ligt in de toekomst.', 'This date is in the future.'),
        );
      }
    }
    if (o.place === 'anders' && !clean(o.placeDetail)) {
      errors.push(issue(`${at}.placeDetail`, 'Geef aan waar het was.', 'Say where it was.'));
    }
    if (o.source !== 'eigen_waarneming' && !clean(o.sourceDetail)) {
      errors.push(
        issue(
          `${at}.sourceDetail`,
          'Dit heeft u niet zelf gezien of gehoord: geef aan van wie of waar u het weet.',
          'You did not see or hear this yourself: say from whom or where you know it.',
        ),
      );
    }
  });

  (d.assumptions ?? []).forEach((a, i) => {
    if (!clean(a)) {
      errors.push(
        issue(
          `assumptions.${i}`,
          'Vul de mening of aanname in, of haal deze regel weg.',
          'Fill in the opinion or assumption, or remove this line.',
        ),
      );
    }
  });

  (d.persons ?? []).forEach((p, i) => {
    const at = `persons.${i}`;
    const said =
      [p.name, p.birthDate, p.neighbourhood, p.address, p.schoolOrWork].some((v) => clean(v)) ||
      p.age != null;
    if (!said) {
      errors.push(
        issue(
          at,
          'Vul ten minste één gegeven over deze persoon in, of haal de persoon weg.',
          'Fill in at least one detail about this person, or remove the person.',
        ),
      );
    }
    if (p.birthDate) {
      if (!isValidDate(p.birthDate)) {
        errors.push(
          issue(
            `${at}.birthDate`,
            'Vul een geldige datum in (jjjj-mm-dd).',
            'Enter a valid date (yyyy-mm-dd).',
          ),
        );
      } else if (p.birthDate > today) {
        errors.push(
          issue(`${at}.birthDate`, 'Deze datum ligt in de toekomst.', 'This date is in the future.'),
        );
      } else if (p.birthDate < '1900-01-01') {
        errors.push(
          issue(
            `${at}.birthDate`,
            'Deze datum ligt te ver in het verleden.',
            'This date is too far in the past.',
          ),
        );
      } else if (p.age != null) {
        const actual = ageOn(p.birthDate, today);
        if (Math.abs(actual - p.age) > 1) {
          errors.push(
            issue(
              `${at}.age`,
              `De leeftijd past niet bij de geboortedatum (dat is ${actual} jaar). Laat een van beide leeg als u het niet zeker weet.`,
              `The age does not match the birth date (that is ${actual} years). Leave one of them empty if you are not sure.`,
            ),
          );
        }
      }
    }
    if (p.relation === 'anders' && !clean(p.relationDetail)) {
      errors.push(
        issue(
          `${at}.relationDetail`,
          'Beschrijf uw relatie tot deze persoon.',
          'Describe your relation to this person.',
        ),
      );
    }
  });

  errors.push(...validateReporter(d.reporter, opts.feedbackInApp ?? false));
  return errors;
}

/** feedbackInApp: a signed-in professional reads feedback in Duiden and needs no contact details for it. */
function validateReporter(r: ReporterDraft, feedbackInApp: boolean): FieldIssue[] {
  const errors: FieldIssue[] = [];
  const contact = {
    name: r.name,
    email: r.email,
    phone: r.phone,
    organisation: r.organisation,
    role: r.role,
  };
  if (r.kind === 'anoniem') {
    for (const [field, value] of Object.entries(contact)) {
      if (clean(value)) {
        errors.push(
          issue(
            `reporter.${field}`,
            'U meldt anoniem: laat dit veld leeg, of kies ervoor om niet anoniem te melden.',
            'You report anonymously: leave this field empty, or choose not to report anonymously.',
          ),
        );
      }
    }
    return errors;
  }
  if (r.kind === 'professional' && !clean(r.organisation)) {
    errors.push(
      issue(
        'reporter.organisation',
        'Vul de organisatie in waarvoor u werkt.',
        'Fill in the organisation you work for.',
      ),
    );
  }
  const phone = clean(r.phone);
  if (phone && !PHONE_RE.test(phone)) {
    errors.push(
      issue('reporter.phone', 'Vul een geldig telefoonnummer in.', 'Enter a valid telephone number.'),
    );
  }
  if (r.feedbackWanted && !feedbackInApp && !clean(r.email) && !phone) {
    errors.push(
      issue(
        'reporter.email',
        'U wilt terugkoppeling: vul een e-mailadres of telefoonnummer in. U kunt ook de status volgen met uw statuscode.',
        'You want feedback: fill in an e-mail address or telephone number. You can also follow the status with your status code.',
      ),
    );
  }
  return errors;
}

/** Whole years between a birth date and a day. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The Werkwijze informatie delen asks a professional, before sharing: ask advice (anonymously), talk with
 * the person or parents (or say why not), weigh safety risks, ask consent (or name the ground for sharing
 * without it), share only what is necessary, and record the decision in the own file. The last three
 * cannot be skipped.
 */
export function validateSharingSteps(s: SharingSteps): FieldIssue[] {
  const errors: FieldIssue[] = [];
  const at = (k: string) => `sharingSteps.${k}`;
  if (s.adviceAsked.done && !clean(s.adviceAsked.note)) {
    errors.push(
      issue(
        at('adviceAsked.note'),
        'Geef aan bij wie u advies heeft gevraagd.',
        'Say whom you asked for advice.',
      ),
    );
  }
  if (!s.conversationHeld.done && !clean(s.conversationHeld.note)) {
    errors.push(
      issue(
        at('conversationHeld.note'),
        'Geef aan waarom er geen gesprek met de persoon of de ouders is gevoerd.',
        'Say why there was no conversation with the person or the parents.',
      ),
    );
  }
  if (!s.safetyRisksWeighed.done) {
    errors.push(
      issue(
        at('safetyRisksWeighed.done'),
        'Weeg eerst de veiligheidsrisico’s af.',
        'First weigh the safety risks.',
      ),
    );
  }
  if ((!s.consent.asked || !s.consent.given) && !clean(s.consent.note)) {
    errors.push(
      issue(
        at('consent.note'),
        'Zonder toestemming: noem de grond waarop u toch deelt (en waarom u geen toestemming vroeg).',
        'Without consent: name the ground on which you share anyway (and why you did not ask for consent).',
      ),
    );
  }
  if (s.consent.given && !s.consent.asked) {
    errors.push(
      issue(
        at('consent.given'),
        'Toestemming kan alleen gegeven zijn als die is gevraagd.',
        'Consent can only be given when it was asked.',
      ),
    );
  }
  if (!s.onlyNecessaryData.done) {
    errors.push(
      issue(
        at('onlyNecessaryData.done'),
        'Deel alleen de noodzakelijke gegevens en bevestig dat.',
        'Share only the necessary data and confirm it.',
      ),
    );
  }
  if (!s.recordedInOwnFile.done) {
    errors.push(
      issue(
        at('recordedInOwnFile.done'),
        'Leg het besluit om te delen vast in uw eigen dossier en bevestig dat.',
        'Record the decision to share in your own file and confirm it.',
      ),
    );
  }
  return errors;
}

/** Staff record how and when a signal came in. */
export interface StaffIntakeFacts {
  readonly channel: Channel;
  readonly receivedOn?: string | null | undefined;
}

/** The channel must be one the role may record; the date received cannot be in the future or years ago. */
export function validateStaffIntake(f: StaffIntakeFacts, role: Role, today: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!mayRecordChannel(role, f.channel)) {
    errors.push(
      f.channel === 'ambtsbericht_aivd'
        ? issue(
            'channel',
            'Een ambtsbericht van de AIVD wordt vastgelegd door de aandachtsfunctionaris.',
            'An AIVD official message is recorded by the aandachtsfunctionaris.',
          )
        : issue('channel', 'Kies een van de mogelijke waarden.', 'Choose one of the allowed values.'),
    );
  }
  if (f.receivedOn) {
    if (!isValidDate(f.receivedOn)) {
      errors.push(
        issue('receivedOn', 'Vul een geldige datum in (jjjj-mm-dd).', 'Enter a valid date (yyyy-mm-dd).'),
      );
    } else if (f.receivedOn > today) {
      errors.push(issue('receivedOn', 'Deze datum ligt in de toekomst.', 'This date is in the future.'));
    } else if (f.receivedOn < addDays(today, -366)) {
      errors.push(
        issue('receivedOn', 'Deze datum ligt meer dan een jaar terug.', 'This date is more than a year ago.'),
      );
    }
  }
  return errors;
}

/**
 * The text that full-text search looks in: the facts, the question, the assumptions and what contradicts
 * the concern. Not the names of persons or reporters: persons are found through their own records.
 */
export function searchText(d: IntakeDraft): string {
  return [
    clean(d.question),
    ...(d.observations ?? []).flatMap((o) => [clean(o.description), clean(o.placeDetail)]),
    ...(d.assumptions ?? []).map(clean),
    clean(d.contraIndications),
  ]
    .filter((s): s is string => s !== null)
    .join('\n');
}

/** A short line for the worklist: the question or the first observation. */
export function summaryOf(d: IntakeDraft, max = 160): string {
  const text = clean(d.question) ?? clean(d.observations?.[0]?.description) ?? '';
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
