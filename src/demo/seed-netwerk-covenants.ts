import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { insertCovenant } from '../db/netwerk-covenants.js';
import { amsterdamDate } from '../domain/melding/calendar.js';
import type { CovenantDraft } from '../domain/netwerk/covenant.js';

/**
 * Fictitious covenants of Gemeente Lindeburg: the Zorg- en Veiligheidshuis covenant (in force), the PGA
 * covenant with police, OM and youth care (ending within the warning period), an expired covenant with the
 * school, and Jongerenwerk Lindeburg without any covenant. Dates are relative to the demo's anchor.
 */
export async function seedNetwerkCovenants(q: Queryable, gemeente: string, anchor: Date): Promise<void> {
  const today = amsterdamDate(anchor);
  const shift = (days: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  const orgs = await q.query<{ id: string; partner_type: string | null }>(
    'SELECT id, partner_type FROM organisation WHERE tenant_id = $1',
    [gemeente],
  );
  const org = (type: string | null) => {
    const o = orgs.rows.find((x) => x.partner_type === type);
    if (!o) throw new Error(`demo organisation ${type} missing`);
    return o.id;
  };
  const bases = await q.query<{ id: string; code: string }>(
    'SELECT id, code FROM legal_basis WHERE tenant_id IS NULL',
  );
  const basis = (...codes: string[]) =>
    codes.map((c) => {
      const b = bases.rows.find((x) => x.code === c);
      if (!b) throw new Error(`legal basis ${c} missing`);
      return b.id;
    });
  const officer = await q.query<{ id: string }>(
    "SELECT id FROM app_user WHERE display_name = 'Ahmed El Idrissi' AND is_demo",
  );
  const by = officer.rows[0]?.id;
  if (!by) throw new Error('demo officer missing');
  const gem = org(null);

  const covenants: Array<{ draft: CovenantDraft; signedOn: string | null; fileName: string }> = [
    {
      draft: {
        title: 'Convenant Zorg- en Veiligheidshuis Veenstroom',
        purpose:
          'Samenwerken en informatie delen in de casusoverleggen van het Zorg- en Veiligheidshuis, zodat ' +
          'zorg en veiligheid bij complexe problematiek (waaronder radicalisering) op elkaar aansluiten.',
        article: 'art. 8 (verstrekking van gegevens)',
        partyIds: [
          gem,
          org('zvh'),
          org('politie'),
          org('om'),
          org('rvdk'),
          org('reclassering'),
          org('jeugdzorg'),
          org('ggz'),
        ],
        legalBasisIds: basis('convenant_zvh', 'avg_art_6_1_e', 'avg_art_9_2_g'),
        dataCategories: ['identificatie', 'contact', 'signalen', 'zorg', 'justitieel', 'bijzonder'],
        meetingKinds: ['signaleringsoverleg', 'weegploeg', 'casusoverleg'],
        tasks: ['signaleren', 'melden', 'nader_duiden', 'informatie_uitwisselen', 'reageren_interveniëren'],
        startsOn: shift(-700),
        endsOn: shift(760),
        evaluationOn: shift(150),
        signatories: [
          { name: 'Johan van Dijk', function: 'Burgemeester', organisationId: gem },
          { name: 'Wendy Haverkamp', function: 'Directeur', organisationId: org('zvh') },
          {
            name: 'Erik Zandstra',
            function: 'Politiechef eenheid Veenstroom',
            organisationId: org('politie'),
          },
          { name: 'Mirjam Aalders', function: 'Hoofdofficier van justitie', organisationId: org('om') },
        ],
      },
      signedOn: shift(-705),
      fileName: 'convenant-zvh-veenstroom-getekend.pdf',
    },
    {
      draft: {
        title: 'Convenant persoonsgerichte aanpak radicalisering en extremisme Veenstroom',
        purpose:
          'Informatie delen voor de weging en de persoonsgerichte aanpak van personen over wie zorgen ' +
          'bestaan over radicalisering of extremisme, met een plan van aanpak op maat.',
        article: 'art. 6 (gegevensuitwisseling in weegploeg en casusoverleg)',
        partyIds: [gem, org('politie'), org('om'), org('jeugdzorg')],
        legalBasisIds: basis('convenant_pga_deelname', 'avg_art_9_2_g', 'gemeentewet_art_172'),
        dataCategories: ['identificatie', 'signalen', 'zorg', 'justitieel', 'bijzonder'],
        meetingKinds: ['weegploeg', 'casusoverleg'],
        tasks: ['nader_duiden', 'informatie_uitwisselen', 'reageren_interveniëren'],
        startsOn: shift(-1420),
        // Ends within the warning period: the officer sees it on the home page.
        endsOn: shift(40),
        evaluationOn: shift(10),
        signatories: [
          { name: 'Johan van Dijk', function: 'Burgemeester', organisationId: gem },
          {
            name: 'Erik Zandstra',
            function: 'Politiechef eenheid Veenstroom',
            organisationId: org('politie'),
          },
          { name: 'Mirjam Aalders', function: 'Hoofdofficier van justitie', organisationId: org('om') },
          { name: 'Gerrit Bosman', function: 'Bestuurder', organisationId: org('jeugdzorg') },
        ],
      },
      signedOn: shift(-1425),
      fileName: 'convenant-pga-veenstroom-getekend.pdf',
    },
    {
      draft: {
        title: 'Convenant signalering onderwijs Lindeburg',
        purpose:
          'Afspraken tussen de gemeente en het Lindeburg College over het melden van zorgen over ' +
          'radicalisering bij leerlingen aan het meld- en adviespunt.',
        article: 'art. 4 (melden en terugkoppelen)',
        partyIds: [gem, org('school')],
        legalBasisIds: basis('avg_art_6_1_e'),
        dataCategories: ['identificatie', 'contact', 'signalen', 'onderwijs'],
        meetingKinds: ['signaleringsoverleg'],
        tasks: ['signaleren', 'melden'],
        startsOn: shift(-1160),
        // Expired two months ago: shown as verlopen, and a warning for the officer.
        endsOn: shift(-60),
        evaluationOn: null,
        signatories: [
          { name: 'Johan van Dijk', function: 'Burgemeester', organisationId: gem },
          { name: 'Ingrid Wolters', function: 'Rector', organisationId: org('school') },
        ],
      },
      signedOn: shift(-1165),
      fileName: 'convenant-onderwijs-lindeburg-getekend.pdf',
    },
  ];
  for (const c of covenants) {
    const id = await insertCovenant(q, gemeente, c.draft, by, anchor);
    if (!c.signedOn) continue;
    // A stand-in for the scanned, signed text: a small PDF that says it is fictitious.
    const content = Buffer.from(
      `%PDF-1.4\n% Fictief demodocument: ${c.draft.title}, getekend op ${c.signedOn}.\n%%EOF\n`,
      'utf8',
    );
    await q.query(
      `INSERT INTO covenant_version (covenant_id, number, signed_on, note, file_name, media_type, size_bytes, sha256,
         content, created_at, created_by)
       VALUES ($1, 1, $2, $3, $4, 'application/pdf', $5, $6, $7, $8, $9)`,
      [
        id,
        c.signedOn,
        'Ondertekende versie (fictief)',
        c.fileName,
        content.byteLength,
        createHash('sha256').update(content).digest('hex'),
        content,
        anchor,
        by,
      ],
    );
  }
}
