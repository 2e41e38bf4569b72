import type { Queryable } from '../db/database.js';
import { insertLocalArticle, syncNationalArticles } from '../db/kennisbank.js';
import { NATIONAL_ARTICLES, NATIONAL_REVISION } from '../domain/kennisbank/national.js';
import { addDays, amsterdamDate } from '../domain/melding/calendar.js';

/**
 * Fictitious local articles of Gemeente Lindeburg's kennisbank (issue 18): its Zorg- en Veiligheidshuis (also on
 * the public help page), the regional contacts, and its own reporting structure, whose review day has passed so
 * the warning shows. The national articles are synced first, as any first use would. Example addresses only.
 */
export async function seedKennisbankDemo(q: Queryable, gemeente: string, anchor: Date): Promise<void> {
  await syncNationalArticles(q, NATIONAL_ARTICLES, NATIONAL_REVISION, anchor);
  const today = amsterdamDate(anchor);
  const common = { titleEn: '', summaryEn: '', bodyEn: '', sourceUrl: null } as const;
  await insertLocalArticle(
    q,
    gemeente,
    {
      ...common,
      kind: 'hulporganisatie',
      public: true,
      titleNl: 'Zorg- en Veiligheidshuis Veenstroom',
      titleEn: 'Zorg- en Veiligheidshuis Veenstroom (care and safety house)',
      summaryNl:
        'Hier werken gemeente, politie, OM en zorgpartners uit de regio samen aan complexe zorg- en veiligheidsvragen, ook bij radicalisering.',
      summaryEn:
        'Here the municipality, police, Public Prosecution Service and care partners of the region work together on complex care and safety questions, radicalisation included.',
      bodyNl:
        '## Wat biedt het\n\nHet Zorg- en Veiligheidshuis Veenstroom brengt partners bij elkaar voor casussen waarin zorg en veiligheid samenkomen. Het multidisciplinair casusoverleg radicalisering van Lindeburg vindt hier plaats.\n\n## Wanneer schakelt u het in\n\nVia de aandachtsfunctionaris van de gemeente: die bepaalt samen met politie en OM of een casus naar het casusoverleg gaat.\n\n## Hoe bereikt u het\n\n- Telefoon: 0555 123 456 (werkdagen 9.00-17.00 uur)\n- E-mail: info@zvh-veenstroom.example.org',
      bodyEn:
        '## What it offers\n\nThe Zorg- en Veiligheidshuis Veenstroom brings partners together for cases where care and safety meet. Lindeburg’s multidisciplinary case meeting on radicalisation takes place here.\n\n## When to turn to it\n\nThrough the municipality’s designated officer, who decides with the police and the Public Prosecution Service whether a case goes to the case meeting.\n\n## How to reach it\n\n- Telephone: 0555 123 456 (working days 9:00-17:00)\n- E-mail: info@zvh-veenstroom.example.org',
      source: 'Gemeente Lindeburg, afdeling Openbare Orde en Veiligheid',
      validSince: addDays(today, -200),
      reviewBy: addDays(today, 165),
      owner: 'Team Openbare Orde en Veiligheid, Gemeente Lindeburg',
    },
    anchor,
    null,
  );
  await insertLocalArticle(
    q,
    gemeente,
    {
      ...common,
      kind: 'hulporganisatie',
      public: false,
      titleNl: 'Regionale contacten radicalisering Veenstroom',
      summaryNl:
        'Wie u in de regio Veenstroom belt over radicalisering: de regionaal adviseur, het regionale meldpunt en de collega-aandachtsfunctionarissen.',
      bodyNl:
        '## Wie\n\n- De regionaal adviseur radicalisering van het Regiobureau Veenstroom: regio-adviseur@veenstroom.example.org\n- Het overleg van aandachtsfunctionarissen in de regio, elke tweede dinsdag van de maand\n- Team CTER van de politie eenheid Veenstroom, via de wijkagent of de ketenpartner in Duiden\n\n## Wanneer\n\nBij twijfel over een signaal, voor een tweede mening, of wanneer een casus over de gemeentegrens gaat.',
      source: 'Afspraken regio Veenstroom, overleg aandachtsfunctionarissen',
      validSince: addDays(today, -90),
      reviewBy: addDays(today, 275),
      owner: 'Aandachtsfunctionaris radicalisering, Gemeente Lindeburg',
    },
    anchor,
    null,
  );
  await insertLocalArticle(
    q,
    gemeente,
    {
      ...common,
      kind: 'stappenplan',
      public: false,
      titleNl: 'Meldstructuur Lindeburg: zo komt een signaal bij het meldpunt',
      summaryNl:
        'De afspraken in Lindeburg over het melden van zorgen: wie meldt, hoe, en wat er daarna gebeurt. Aan herziening toe.',
      bodyNl:
        '## Melden\n\n- Inwoners melden via het openbare formulier op de website van de gemeente.\n- Professionals en ketenpartners melden in Duiden (Mijn meldingen) of bellen het meldpunt.\n\n## Daarna\n\nHet meldpunt legt de melding vast, scheidt feiten van meningen en bespreekt haar in het eerstvolgende signaleringsoverleg met politie en OM. De melder krijgt terugkoppeling als hij daarom vraagt.',
      source: 'Gemeente Lindeburg, werkinstructie meldpunt',
      validSince: addDays(today, -500),
      reviewBy: addDays(today, -30),
      owner: 'Meldpunt radicalisering, Gemeente Lindeburg',
    },
    anchor,
    null,
  );
}
