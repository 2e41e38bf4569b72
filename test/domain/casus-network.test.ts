import { describe, expect, it } from 'vitest';
import { checkClosure } from '../../src/domain/casus/closure.js';
import {
  briefingDecision,
  validateBriefing,
  validateSpokesline,
} from '../../src/domain/casus/communication.js';
import {
  type FamilyContactInput,
  isFollowUpOverdue,
  mayEditFamilyContact,
  validateFamilyContact,
} from '../../src/domain/casus/family.js';
import { checkHandover, type HandoverFacts } from '../../src/domain/casus/handover.js';
import type { Finding } from '../../src/domain/casus/identifiers.js';
import {
  linkVisible,
  type NetworkLinkInput,
  type NetworkPersonInput,
  validateNetworkLink,
  validateNetworkPerson,
} from '../../src/domain/casus/network.js';
import { maySeeCouncilBriefings, summarySections } from '../../src/domain/casus/summary.js';

const person = (o: Partial<NetworkPersonInput> = {}): NetworkPersonInput => ({
  name: 'Youssef',
  relation: 'broer_zus',
  relationNote: '',
  vulnerability: '',
  preventiveCare: false,
  preventiveCareNote: '',
  ...o,
});

describe('network persons', () => {
  it.each<[string, Partial<NetworkPersonInput>, string[]]>([
    ['a brother with a name', {}, []],
    ['no name', { name: '  ' }, ['name']],
    ['a name too long', { name: 'x'.repeat(201) }, ['name']],
    ['another relative without saying which', { relation: 'ander_familielid' }, ['relationNote']],
    ['another relative: uncle', { relation: 'ander_familielid', relationNote: 'oom' }, []],
    ['"anders" without explanation', { relation: 'anders' }, ['relationNote']],
    ['preventive care without saying what', { preventiveCare: true }, ['preventiveCareNote']],
    ['preventive care described', { preventiveCare: true, preventiveCareNote: 'Jongerenwerk' }, []],
    ['a long vulnerability note', { vulnerability: 'x'.repeat(4001) }, ['vulnerability']],
  ])('%s', (_l, o, fields) => {
    expect(validateNetworkPerson(person(o)).map((e) => e.field)).toEqual(fields);
  });
});

describe('relations between network persons', () => {
  const ids = new Set(['a', 'b', 'c']);
  const existing = [{ id: 'r1', from: 'a', to: 'b' }];
  const link = (o: Partial<NetworkLinkInput> = {}): NetworkLinkInput => ({
    fromPersonId: 'a',
    toPersonId: 'c',
    kind: 'broer_zus',
    note: '',
    ...o,
  });
  it.each<[string, Partial<NetworkLinkInput>, string | null, string[]]>([
    ['two brothers', {}, null, []],
    ['a person of another case', { toPersonId: 'x' }, null, ['toPersonId']],
    ['a person with themselves', { toPersonId: 'a' }, null, ['toPersonId']],
    ['the same pair again', { toPersonId: 'b' }, null, ['toPersonId']],
    ['the same pair reversed', { fromPersonId: 'b', toPersonId: 'a' }, null, ['toPersonId']],
    ['editing the pair itself', { toPersonId: 'b', kind: 'vriend' }, 'r1', []],
    ['"anders" needs a note', { kind: 'anders' }, null, ['note']],
  ])('%s', (_l, o, editing, fields) => {
    expect(validateNetworkLink(link(o), ids, existing, editing).map((e) => e.field)).toEqual(fields);
  });
});

describe('links to own records', () => {
  const officer = { tenantId: 'gem', includeRestricted: true };
  const meldpunt = { tenantId: 'gem', includeRestricted: false };
  it.each<[string, Parameters<typeof linkVisible>[0], Parameters<typeof linkVisible>[1], boolean]>([
    ['a person to the officer', { kind: 'persoon', tenantId: 'gem', restricted: false }, officer, true],
    [
      'a restricted person to the officer',
      { kind: 'persoon', tenantId: 'gem', restricted: true },
      officer,
      true,
    ],
    [
      'a restricted person to the meldpunt',
      { kind: 'persoon', tenantId: 'gem', restricted: true },
      meldpunt,
      false,
    ],
    ['a person of another tenant', { kind: 'persoon', tenantId: 'other', restricted: false }, officer, false],
    [
      'a person to a partner (no person scope)',
      { kind: 'persoon', tenantId: 'gem', restricted: false },
      null,
      false,
    ],
    ['a case the viewer takes part in', { kind: 'casus', viewerHasAccess: true }, null, true],
    ['a case the viewer does not see', { kind: 'casus', viewerHasAccess: false }, officer, false],
  ])('%s', (_l, link, scope, expected) => {
    expect(linkVisible(link, scope)).toBe(expected);
  });
});

describe('family contacts', () => {
  const TODAY = '2026-03-10';
  const contact = (o: Partial<FamilyContactInput> = {}): FamilyContactInput => ({
    contactOn: '2026-03-09',
    kind: 'praktisch',
    withWhom: 'Moeder',
    summary: 'Vragen over de zorgverzekering',
    followUp: '',
    followUpDueOn: null,
    followUpDone: false,
    ...o,
  });
  it.each<[string, Partial<FamilyContactInput>, string[]]>([
    ['a contact yesterday', {}, []],
    ['a contact today', { contactOn: TODAY }, []],
    ['a contact tomorrow', { contactOn: '2026-03-11' }, ['contactOn']],
    ['without whom', { withWhom: ' ' }, ['withWhom']],
    ['without summary', { summary: '' }, ['summary']],
    ['a due date without follow-up', { followUpDueOn: '2026-03-20' }, ['followUp']],
    ['done without follow-up', { followUpDone: true }, ['followUp']],
    [
      'a follow-up due before the contact',
      { followUp: 'Bellen', followUpDueOn: '2026-03-01' },
      ['followUpDueOn'],
    ],
    ['a follow-up with due date', { followUp: 'Bellen', followUpDueOn: '2026-03-20' }, []],
  ])('%s', (_l, o, fields) => {
    expect(validateFamilyContact(contact(o), TODAY).map((e) => e.field)).toEqual(fields);
  });

  it.each<[string | null, boolean, string, boolean]>([
    ['2026-03-09', false, '2026-03-10', true],
    ['2026-03-10', false, '2026-03-10', false],
    ['2026-03-09', true, '2026-03-10', false],
    [null, false, '2026-03-10', false],
  ])('due %s, done %s, today %s: overdue %s', (due, done, today, expected) => {
    expect(isFollowUpOverdue(due, done, today)).toBe(expected);
  });

  it.each<['regie' | 'read' | 'partner', string, boolean]>([
    ['regie', 'gemeente', true],
    ['partner', 'politie', true],
    ['partner', 'jeugdzorg', false],
    ['read', 'politie', false],
  ])('%s of %s may edit a contact of politie: %s', (access, org, expected) => {
    expect(mayEditFamilyContact(access, org, 'politie')).toBe(expected);
  });
});

describe('communication', () => {
  it.each<[string, string, string[]]>([
    ['Geen uitspraken over personen of aantallen.', '2026-03-10', []],
    ['', '2026-03-10', ['lines']],
    ['Lijn', '2026-03-11', ['agreedOn']],
  ])('a woordvoeringslijn "%s" agreed on %s', (lines, agreedOn, fields) => {
    const errors = validateSpokesline({ spokesperson: 'gemeente', lines, agreedOn }, '2026-03-10');
    expect(errors.map((e) => e.field)).toEqual(fields);
  });

  it('needs the briefing text', () => {
    expect(validateBriefing({ briefedOn: '2026-03-10', text: ' ' }).map((e) => e.field)).toEqual(['text']);
    expect(validateBriefing({ briefedOn: '2026-03-10', text: 'Een jongere' })).toEqual([]);
  });

  const f = (kind: Finding['kind']): Finding => ({ kind, value: 'x', text: 'x', start: 0, end: 1 });
  it.each<[string, Finding[], boolean, boolean, string[]]>([
    ['no findings', [], false, true, []],
    ['findings, not confirmed', [f('naam')], false, false, []],
    ['findings, confirmed', [f('postcode'), f('naam'), f('naam')], true, true, ['naam', 'postcode']],
  ])('%s', (_l, findings, confirmed, save, kinds) => {
    expect(briefingDecision(findings, confirmed)).toEqual({ save, confirmedKinds: kinds });
  });
});

describe('handover and closure', () => {
  const facts = (o: Partial<HandoverFacts> = {}): HandoverFacts => ({
    phase: 'persoonsgerichte_aanpak',
    fromTenantId: 'lindeburg',
    to: { id: 'oosterveen', kind: 'gemeente' },
    officerOfReceiver: true,
    reason: 'Verhuisd naar Oosterveen',
    ...o,
  });
  it.each<[string, Partial<HandoverFacts>, string[]]>([
    ['to another municipality', {}, []],
    ['a closed case', { phase: 'afgesloten' }, ['phase']],
    ['to the own municipality', { to: { id: 'lindeburg', kind: 'gemeente' } }, ['toMunicipalityId']],
    ['to a partner organisation', { to: { id: 'politie', kind: 'partner' } }, ['toMunicipalityId']],
    ['to a region', { to: { id: 'regio', kind: 'regio' } }, ['toMunicipalityId']],
    ['to an unknown municipality', { to: null }, ['toMunicipalityId']],
    ['to someone who is not its officer', { officerOfReceiver: false }, ['toOfficerUserId']],
    ['without a reason', { reason: '' }, ['reason']],
  ])('%s', (_l, o, fields) => {
    expect(checkHandover(facts(o)).map((e) => e.field)).toEqual(fields);
  });

  it('does not close a case as "overgedragen" by hand: that follows from the handover', () => {
    expect(checkClosure('persoonsgerichte_aanpak', 'overgedragen', '').map((e) => e.field)).toEqual([
      'reason',
    ]);
  });
});

describe('what a case summary holds per recipient', () => {
  it.each([
    ['regie', true],
    ['read', true],
    ['partner', false],
  ] as const)('%s sees council briefings: %s', (access, expected) => {
    expect(summarySections(access).includes('raadsinformatie')).toBe(expected);
    expect(maySeeCouncilBriefings(access)).toBe(expected);
    expect(summarySections(access)).toContain('netwerk');
  });
  it('nothing for who has no access', () => {
    expect(summarySections('none')).toEqual([]);
  });
});
