import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../helpers/test-app.js';
import {
  createMeldpuntApp,
  fieldErrors,
  melding,
  municipalityId,
  sharingSteps,
  signedIn,
  USERS,
  visitor,
} from './meldingen-fixtures.js';

/** A ZIP archive with stored (uncompressed) entries: enough for the container formats of office files. */
function zip(files: Array<[string, string]>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(fileName.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, fileName, data);
    central.push(header, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

const FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
  jpeg: Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
  ]),
  text: Buffer.from('Verslag van het gesprek met de moeder, café “De Hoek”.\nGeen bijzonderheden.\n', 'utf8'),
  docx: zip([
    [
      '[Content_Types].xml',
      contentTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
    ],
    ['word/document.xml', '<w:document/>'],
  ]),
  docm: zip([
    ['[Content_Types].xml', contentTypes('application/vnd.ms-word.document.macroEnabled.main+xml')],
    ['word/document.xml', '<w:document/>'],
  ]),
  odt: zip([
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    ['content.xml', '<office:document-content/>'],
  ]),
  zip: zip([['notities.txt', 'gewoon een zip']]),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]),
  binary: Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xff, 0xfe]),
  withNul: Buffer.from('tekst\u0000met nul', 'utf8'),
  html: Buffer.from('<html><script>alert(1)</script></html>', 'utf8'),
};

const upload = (fileName: string, bytes: Buffer) => ({ fileName, contentBase64: bytes.toString('base64') });

let t: TestApp;
let town: string;
let meldpunt: TestClient;
beforeAll(async () => {
  t = await createMeldpuntApp();
  town = await municipalityId(t.app);
  meldpunt = await signedIn(t.app, USERS.meldpunt);
});
afterAll(() => t.close());

async function submit(attachments: unknown[]) {
  const v = await visitor(t.app);
  return v.post('/api/public/meldingen', { municipalityId: town, ...melding(), attachments });
}

async function signalOf(reference: string) {
  const id = (
    await t.tdb.db.query<{ id: string }>('SELECT id FROM signal WHERE reference = $1 AND tenant_id = $2', [
      reference,
      town,
    ])
  ).rows[0]?.id as string;
  return (await meldpunt.get(`/api/meldingen/${id}`)).json();
}

describe('attachments on the public form', () => {
  it.each([
    ['verslag.pdf', FILES.pdf, 'application/pdf'],
    ['foto.png', FILES.png, 'image/png'],
    ['foto.jpg', FILES.jpeg, 'image/jpeg'],
    ['gesprek.txt', FILES.text, 'text/plain'],
    ['brief.docx', FILES.docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['brief.odt', FILES.odt, 'application/vnd.oasis.opendocument.text'],
    ['pagina.html', FILES.html, 'text/plain'],
    ['zonder-extensie', FILES.pdf, 'application/pdf'],
    ['verkeerde-naam.txt', FILES.png, 'image/png'],
  ])('accepts %s as %s, by its content', async (name, bytes, mediaType) => {
    const res = await submit([upload(name, bytes)]);
    expect(res.statusCode).toBe(201);
    const s = await signalOf(res.json().reference);
    expect(s.attachments).toHaveLength(1);
    expect(s.attachments[0]).toMatchObject({ fileName: name, mediaType, sizeBytes: bytes.length });
  });

  it.each([
    ['programma.pdf', FILES.exe, 'Dit soort bestand'],
    ['archief.docx', FILES.zip, 'Dit soort bestand'],
    ['macro.docx', FILES.docm, 'Dit soort bestand'],
    ['data.txt', FILES.binary, 'Dit soort bestand'],
    ['nul.txt', FILES.withNul, 'Dit soort bestand'],
  ])('refuses %s by its content', async (name, bytes, nl) => {
    const res = await submit([upload(name, bytes)]);
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res.json())['attachments.0']?.nl).toContain(nl);
  });

  it('refuses an empty file, bad base64, and a file over 10 MB', async () => {
    expect(
      fieldErrors((await submit([{ fileName: 'leeg.txt', contentBase64: '' }])).json())[
        'attachments.0.contentBase64'
      ],
    ).toBeDefined();
    expect(
      fieldErrors((await submit([{ fileName: 'x.txt', contentBase64: 'AAA=AAAA' }])).json())[
        'attachments.0.contentBase64'
      ],
    ).toBeDefined();
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61);
    const res = await submit([upload('groot.txt', big)]);
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res.json())['attachments.0']?.nl).toContain('10 MB');
  });

  it('accepts a file of exactly 10 MB', async () => {
    const res = await submit([upload('precies.txt', Buffer.alloc(10 * 1024 * 1024, 0x61))]);
    expect(res.statusCode).toBe(201);
  });

  it('refuses more than three attachments', async () => {
    const res = await submit(Array.from({ length: 4 }, (_, i) => upload(`f${i}.pdf`, FILES.pdf)));
    expect(fieldErrors(res.json()).attachments?.nl).toContain('hoogstens 3');
  });

  it('stores nothing, not even the good file, when one attachment is refused', async () => {
    const count = async () =>
      (
        await t.tdb.db.query<{ s: number; a: number }>(
          'SELECT (SELECT count(*)::int FROM signal) AS s, (SELECT count(*)::int FROM signal_attachment) AS a',
        )
      ).rows[0];
    const before = await count();
    const res = await submit([upload('goed.pdf', FILES.pdf), upload('fout.pdf', FILES.exe)]);
    expect(res.statusCode).toBe(400);
    expect(Object.keys(fieldErrors(res.json()))).toEqual(['attachments.1']);
    expect(await count()).toEqual(before);
  });

  it('stores a safe file name', async () => {
    const res = await submit([upload('../../etc/"passwd".txt', FILES.text)]);
    const s = await signalOf(res.json().reference);
    expect(s.attachments[0].fileName).toBe('passwd.txt');
  });
});

describe('downloading an attachment', () => {
  it('sends the bytes as an attachment with the detected type, no-store and nosniff, and logs it', async () => {
    const res = await submit([upload('Gespreksverslag café.pdf', FILES.pdf)]);
    const s = await signalOf(res.json().reference);
    const a = s.attachments[0];
    const dl = await meldpunt.get(`/api/meldingen/${s.id}/bijlagen/${a.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(FILES.pdf)).toBe(true);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toBe(
      `attachment; filename="Gespreksverslag caf_.pdf"; filename*=UTF-8''Gespreksverslag%20caf%C3%A9.pdf`,
    );
    expect(dl.headers['cache-control']).toBe('no-store');
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    const log = await t.tdb.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE action = 'download' AND object_type = 'attachment' AND object_id = $1",
      [a.id],
    );
    expect(log.rows[0]?.n).toBe(1);
  });

  it('serves text as text/plain, never as HTML', async () => {
    const res = await submit([upload('pagina.html', FILES.html)]);
    const s = await signalOf(res.json().reference);
    const dl = await meldpunt.get(`/api/meldingen/${s.id}/bijlagen/${s.attachments[0].id}`);
    expect(dl.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(dl.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('gives attachments only to those who may see the signal', async () => {
    const officer = await signedIn(t.app, USERS.officer);
    const aivd = await officer.post('/api/meldingen', {
      ...melding(),
      channel: 'ambtsbericht_aivd',
      attachments: [upload('ambtsbericht.pdf', FILES.pdf)],
    });
    const id = aivd.json().id;
    const attachment = (await officer.get(`/api/meldingen/${id}`)).json().attachments[0].id;
    expect((await officer.get(`/api/meldingen/${id}/bijlagen/${attachment}`)).statusCode).toBe(200);
    expect((await meldpunt.get(`/api/meldingen/${id}/bijlagen/${attachment}`)).statusCode).toBe(404);

    const partner = await signedIn(t.app, USERS.partner);
    expect((await partner.get(`/api/meldingen/${id}/bijlagen/${attachment}`)).statusCode).toBe(404);
    const own = await partner.post('/api/meldingen/professioneel', {
      ...melding({ reporter: { kind: 'professional' } }),
      sharingSteps: sharingSteps(),
      attachments: [upload('verslag.pdf', FILES.pdf)],
    });
    const ownId = own.json().id;
    const ownAttachment = (await partner.get(`/api/meldingen/${ownId}`)).json().attachments[0].id;
    expect((await partner.get(`/api/meldingen/${ownId}/bijlagen/${ownAttachment}`)).statusCode).toBe(200);
    // An attachment id of another signal is not found through this one.
    expect((await officer.get(`/api/meldingen/${ownId}/bijlagen/${attachment}`)).statusCode).toBe(404);
    const admin = await signedIn(t.app, USERS.admin);
    expect((await admin.get(`/api/meldingen/${ownId}/bijlagen/${ownAttachment}`)).statusCode).toBe(403);
  });
});

describe('adding an attachment later', () => {
  it('adds it under the version and records it in the history', async () => {
    const res = await meldpunt.post('/api/meldingen', { ...melding(), channel: 'email' });
    const id = res.json().id;
    const before = (await meldpunt.get(`/api/meldingen/${id}`)).json();
    const added = await meldpunt.post(`/api/meldingen/${id}/bijlagen`, {
      version: before.version,
      ...upload('mail.pdf', FILES.pdf),
    });
    expect(added.statusCode).toBe(201);
    const after = (await meldpunt.get(`/api/meldingen/${id}`)).json();
    expect(after.version).toBe(before.version + 1);
    expect(after.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['mail.pdf']);
    expect(after.history.at(-1)).toMatchObject({ kind: 'bijlage', actorName: USERS.meldpunt });
    const stale = await meldpunt.post(`/api/meldingen/${id}/bijlagen`, {
      version: before.version,
      ...upload('x.pdf', FILES.pdf),
    });
    expect(stale.statusCode).toBe(409);
    const wrong = await meldpunt.post(`/api/meldingen/${id}/bijlagen`, {
      version: after.version,
      ...upload('x.pdf', FILES.exe),
    });
    expect(fieldErrors(wrong.json()).file).toBeDefined();
  });
});
