import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/domain/access/roles.js';
import {
  mayRecordChannel,
  mayWorkOnSignal,
  personScope,
  signalViewFor,
  worklistScope,
} from '../../src/domain/melding/access.js';
import { CHANNELS } from '../../src/domain/melding/types.js';

function actor(role: Role, tenantId = 'lindeburg', userId = 'u-self'): Actor {
  return {
    userId,
    displayName: 'x',
    membershipId: 'm',
    organisationId: 'o',
    organisationName: 'O',
    organisationKind: role === 'ketenpartner' ? 'partner' : 'gemeente',
    role,
    tenantId,
    sessionId: 's',
    authMethod: 'demo',
  };
}

const ordinary = { tenantId: 'lindeburg', restricted: false, submittedByUserId: null };
const aivd = { tenantId: 'lindeburg', restricted: true, submittedByUserId: null };
const ownByPartner = { tenantId: 'lindeburg', restricted: false, submittedByUserId: 'u-self' };
const otherPartner = { tenantId: 'lindeburg', restricted: false, submittedByUserId: 'u-other' };

describe('signalViewFor', () => {
  it.each([
    ['meldpunt', ordinary, 'full'],
    ['meldpunt', aivd, null],
    ['aandachtsfunctionaris', ordinary, 'full'],
    ['aandachtsfunctionaris', aivd, 'full'],
    ['burgemeester', ordinary, 'full'],
    ['burgemeester', aivd, 'full'],
    ['ketenpartner', ordinary, null],
    ['ketenpartner', ownByPartner, 'submitter'],
    ['ketenpartner', otherPartner, null],
    ['beleidsmedewerker', ordinary, null],
    ['functioneel_beheerder', ordinary, null],
    ['privacy_officer', ordinary, null],
    ['privacy_officer', aivd, null],
  ] as const)('%s sees %o as %s', (role, signal, expected) => {
    expect(signalViewFor(actor(role), signal)).toBe(expected);
  });

  it('never shows a signal of another municipality', () => {
    for (const role of ['meldpunt', 'aandachtsfunctionaris', 'burgemeester', 'ketenpartner'] as const) {
      expect(signalViewFor(actor(role, 'oosterveen'), ordinary)).toBeNull();
      expect(signalViewFor(actor(role, 'oosterveen'), ownByPartner)).toBeNull();
    }
  });
});

describe('mayWorkOnSignal', () => {
  it.each([
    ['meldpunt', ordinary, true],
    ['meldpunt', aivd, false],
    ['aandachtsfunctionaris', aivd, true],
    ['burgemeester', ordinary, false],
    ['ketenpartner', ownByPartner, false],
    ['beleidsmedewerker', ordinary, false],
  ] as const)('%s on %o: %s', (role, signal, expected) => {
    expect(mayWorkOnSignal(actor(role), signal)).toBe(expected);
  });
});

describe('the regional meldpunt (regional cooperation)', () => {
  const region = (role: Role): Actor => ({ ...actor(role, 'regio'), organisationKind: 'regio' });
  const routed = {
    tenantId: 'brakelveen',
    restricted: false,
    submittedByUserId: null,
    workedByRegionId: 'regio',
  };
  it.each([
    ['the region’s meldpunt, a routed signal', region('meldpunt'), routed, 'full'],
    [
      'the region’s meldpunt, an AIVD ambtsbericht',
      region('meldpunt'),
      { ...routed, restricted: true },
      null,
    ],
    ['the region’s meldpunt, not routed', region('meldpunt'), { ...routed, workedByRegionId: null }, null],
    ['another region’s meldpunt', { ...region('meldpunt'), tenantId: 'elders' }, routed, null],
    ['the region’s officer', region('aandachtsfunctionaris'), routed, null],
    ['the municipality’s own officer', actor('aandachtsfunctionaris', 'brakelveen'), routed, 'full'],
    ['another municipality’s meldpunt', actor('meldpunt', 'lindeburg'), routed, null],
  ] as const)('%s', (_label, who, signal, expected) => {
    expect(signalViewFor(who, signal)).toBe(expected);
  });
  it('gives the region’s meldpunt a worklist of what it works on its municipalities’ behalf', () => {
    expect(worklistScope(region('meldpunt'))).toEqual({
      tenantId: 'regio',
      includeRestricted: false,
      submittedBy: null,
      regional: true,
    });
  });
});

describe('worklistScope and personScope', () => {
  it.each([
    ['meldpunt', { tenantId: 'lindeburg', includeRestricted: false, submittedBy: null, regional: false }],
    [
      'aandachtsfunctionaris',
      { tenantId: 'lindeburg', includeRestricted: true, submittedBy: null, regional: false },
    ],
    ['burgemeester', { tenantId: 'lindeburg', includeRestricted: true, submittedBy: null, regional: false }],
    [
      'ketenpartner',
      { tenantId: 'lindeburg', includeRestricted: false, submittedBy: 'u-self', regional: false },
    ],
    ['beleidsmedewerker', null],
    ['functioneel_beheerder', null],
    ['privacy_officer', null],
  ] as const)('worklist of %s', (role, expected) => {
    expect(worklistScope(actor(role))).toEqual(expected);
  });

  it.each([
    ['meldpunt', { tenantId: 'lindeburg', includeRestricted: false, includeCases: false }],
    ['aandachtsfunctionaris', { tenantId: 'lindeburg', includeRestricted: true, includeCases: true }],
    ['burgemeester', { tenantId: 'lindeburg', includeRestricted: true, includeCases: true }],
    ['ketenpartner', null],
    ['privacy_officer', null],
  ] as const)('persons of %s', (role, expected) => {
    expect(personScope(actor(role))).toEqual(expected);
  });
});

describe('mayRecordChannel', () => {
  it('lets only the aandachtsfunctionaris record an AIVD ambtsbericht', () => {
    expect(mayRecordChannel('aandachtsfunctionaris', 'ambtsbericht_aivd')).toBe(true);
    expect(mayRecordChannel('meldpunt', 'ambtsbericht_aivd')).toBe(false);
    expect(mayRecordChannel('burgemeester', 'ambtsbericht_aivd')).toBe(false);
  });

  it('never records the web form by hand, and other channels only by meldpunt staff', () => {
    for (const channel of CHANNELS) {
      expect(mayRecordChannel('meldpunt', channel)).toBe(
        channel !== 'webformulier' && channel !== 'ambtsbericht_aivd',
      );
      expect(mayRecordChannel('ketenpartner', channel)).toBe(false);
    }
  });
});
