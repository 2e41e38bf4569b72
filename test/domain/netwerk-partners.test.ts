import { describe, expect, it } from 'vitest';
import {
  checkContactPerson,
  checkPartner,
  coverage,
  DOMAINS,
  partnerTypeOfKind,
} from '../../src/domain/netwerk/partners.js';

const kinds = new Set(['school', 'wijkagent']);
const districts = new Set(['d1', 'd2']);
const ok = {
  name: 'Het Anker',
  kind: 'school',
  domain: 'onderwijs',
  tasks: ['melden'],
  districtIds: ['d1'],
  citywide: false,
};

describe('a partner profile', () => {
  it.each([
    ['complete', {}, []],
    ['for the whole municipality without districts', { citywide: true, districtIds: [] }, []],
    ['without a name', { name: '  ' }, ['name']],
    ['of a kind the municipality does not know', { kind: 'bakkerij' }, ['kind']],
    ['in no domain', { domain: '' }, ['domain']],
    ['with a task that is not one of the seven', { tasks: ['raden'] }, ['tasks']],
    ['nowhere', { districtIds: [] }, ['districtIds']],
    ['in a district of another municipality', { districtIds: ['d9'] }, ['districtIds']],
  ])('%s', (_name, change, fields) => {
    expect(checkPartner({ ...ok, ...change }, kinds, districts).map((e) => e.field)).toEqual(fields);
  });
});

describe('a contact person', () => {
  it.each([
    ['with an e-mail address', { email: 'a@b.nl', phone: null }, []],
    ['with a phone number', { email: null, phone: '+31 30 123 45 67' }, []],
    ['without a way to reach them', { email: null, phone: null }, ['email']],
    ['with an address that is none', { email: 'a@b', phone: null }, ['email']],
    ['with a number that is none', { email: null, phone: 'bel me' }, ['phone']],
    ['without name and role', { name: '', role: ' ', email: 'a@b.nl', phone: null }, ['name', 'role']],
  ])('%s', (_name, change, fields) => {
    const c = { name: 'Karin', role: 'Coördinator', ...change };
    expect(checkContactPerson(c).map((e) => e.field)).toEqual(fields);
  });
});

describe('coverage', () => {
  it('counts organisations per district and domain, a whole-municipality partner in every district', () => {
    const table = coverage(
      [
        { domain: 'onderwijs', districtIds: ['d1', 'd1'], citywide: false },
        { domain: 'veiligheid', districtIds: [], citywide: true },
        { domain: 'onbekend', districtIds: ['d1'], citywide: false },
        { domain: 'onderwijs', districtIds: ['d9'], citywide: false },
      ],
      ['d1', 'd2'],
    );
    expect(table.get('d1')?.get('onderwijs')).toBe(1);
    expect(table.get('d2')?.get('onderwijs')).toBe(0);
    expect(table.get('d2')?.get('veiligheid')).toBe(1);
    expect([...(table.get('d2')?.keys() ?? [])]).toEqual(DOMAINS);
    expect(table.has('d9')).toBe(false);
  });

  it('gives an organisation the partner type invitations know it by', () => {
    expect(partnerTypeOfKind('wijkagent')).toBe('politie');
    expect(partnerTypeOfKind('religieuze_organisatie')).toBe('overig');
  });
});
