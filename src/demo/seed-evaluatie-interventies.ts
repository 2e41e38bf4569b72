import type { Queryable } from '../db/database.js';
import {
  type InterventionWrite,
  insertEvaluation,
  insertIntervention,
} from '../db/evaluatie-interventions.js';
import { DEFAULT_EVALUATION_QUESTIONS } from '../domain/evaluatie/interventions.js';
import { addDays, amsterdamDate } from '../domain/melding/calendar.js';

/**
 * Demo data of the intervention register: a believable year of Lindeburg's approach — a mentor project, a
 * key-figure network, BOUNCE resilience training, a local action plan and three PGA measure types of the case
 * catalogue — each with a theory of change, linked to the demo's policy goals (src/demo/evaluatie-resultaten.ts),
 * with one process and one effect evaluation. Everything is invented; no person is named.
 */
export async function seedEvaluatieInterventies(q: Queryable, gemeente: string, anchor: Date): Promise<void> {
  const policy = await q.query<{ id: string }>(
    `SELECT u.id FROM app_user u JOIN membership m ON m.user_id = u.id
      WHERE m.organisation_id = $1 AND m.role = 'beleidsmedewerker' ORDER BY u.display_name LIMIT 1`,
    [gemeente],
  );
  const by = policy.rows[0]?.id;
  if (!by) return;
  const goals = await q.query<{ id: string; title: string }>(
    'SELECT id, title FROM policy_goal WHERE tenant_id = $1',
    [gemeente],
  );
  const goal = (title: string) => goals.rows.find((g) => g.title === title)?.id ?? null;
  const early = goal('Vroegsignalering versterken');
  const approach = goal('Persoonsgerichte aanpak met resultaat');
  const catalogue = await q.query<{ id: string; code: string }>(
    "SELECT id, code FROM measure_catalogue WHERE tenant_id IS NULL AND code IN ('mentor', 'exitbegeleiding', 'gebiedsverbod')",
  );
  const entry = (code: string) => catalogue.rows.find((c) => c.code === code)?.id ?? null;
  const today = amsterdamDate(anchor);
  const yearAgo = addDays(today, -365);
  const base = {
    description: '',
    targetGroup: '',
    provider: '',
    periodEnd: null,
    budgetLine: 'Programma 1.2 Openbare orde en veiligheid, post radicalisering en polarisatie',
    active: true,
  };
  const items: Array<{ key: string; write: InterventionWrite }> = [
    {
      key: 'mentor',
      write: {
        ...base,
        title: 'Mentorproject Lindeburg-Oost',
        description:
          'Vrijwillige mentoren voor jongeren die dreigen af te glijden; wekelijks contact, een jaar lang.',
        kind: 'preventief_programma',
        catalogueId: null,
        type: 'preventief',
        preventionLevel: 'secundair',
        targetGroup: 'Jongeren van 14 tot 23 jaar met zorgen over polarisatie of isolement',
        provider: 'Jongerenwerk Lindeburg',
        periodStart: yearAgo,
        periodEnd: addDays(today, 365),
        policyGoalId: early,
        theory: {
          inputs:
            'Twaalf getrainde vrijwillige mentoren, 0,5 fte coördinatie bij het jongerenwerk, € 45.000 per jaar.',
          activities:
            'Koppeling na een intake; wekelijkse ontmoetingen; intervisie voor mentoren elke maand.',
          outputs: 'Twintig trajecten per jaar, waarvan minstens vijftien het jaar volmaken.',
          outcomes:
            'Jongeren hebben een vertrouwde volwassene, blijven op school of werk en staan minder open voor extremistische groepen.',
          assumptions:
            'Een vaste band met een volwassene buiten het gezin maakt weerbaarder; jongeren willen vrijwillig meedoen.',
          indicators:
            'Aantal afgeronde trajecten; schoolverzuim bij start en einde; oordeel van jongere en mentor.',
        },
      },
    },
    {
      key: 'netwerk',
      write: {
        ...base,
        title: 'Sleutelfigurennetwerk',
        description:
          'Een netwerk van sleutelfiguren uit wijken, moskeeën, sportclubs en het onderwijs dat zorgen vroeg deelt.',
        kind: 'preventief_programma',
        catalogueId: null,
        type: 'preventief',
        preventionLevel: 'primair',
        targetGroup: 'Sleutelfiguren in de wijken en hun achterban',
        provider: 'Gemeente Lindeburg, netwerkcoördinator',
        periodStart: addDays(today, -730),
        policyGoalId: early,
        theory: {
          inputs:
            'Netwerkcoördinator (0,6 fte), vier netwerkbijeenkomsten per jaar, een training signaleren.',
          activities: 'Bijeenkomsten, klankbordgesprekken bij spanningen, terugkoppeling na een melding.',
          outputs:
            'Dertig actieve sleutelfiguren; vier bijeenkomsten; klankbordgesprekken binnen een week na een incident.',
          outcomes:
            'Zorgen komen eerder bij het meld- en adviespunt binnen; meer vertrouwen tussen gemeenschap en gemeente.',
          assumptions:
            'Sleutelfiguren zien zorgen eerder dan professionals en delen ze als er vertrouwen en terugkoppeling is.',
          indicators:
            'Meldingen van sleutelfiguren per kwartaal; opkomst bij bijeenkomsten; oordeel van de sleutelfiguren.',
        },
      },
    },
    {
      key: 'bounce',
      write: {
        ...base,
        title: 'BOUNCE weerbaarheidstraining',
        description:
          'De BOUNCE-training voor jongeren (BOUNCE young), hun ouders (BOUNCE along) en professionals (BOUNCE up).',
        kind: 'preventief_programma',
        catalogueId: null,
        type: 'preventief',
        preventionLevel: 'primair',
        targetGroup: 'Leerlingen van het tweede en derde leerjaar van het voortgezet onderwijs',
        provider: 'Lindeburg College met twee getrainde jongerenwerkers',
        periodStart: yearAgo,
        periodEnd: addDays(today, -30),
        policyGoalId: early,
        theory: {
          inputs: 'Twee getrainde trainers, tien lessen per klas, het BOUNCE-materiaal, € 18.000.',
          activities:
            'Tien groepslessen over identiteit, weerbaarheid en omgaan met onrecht; een ouderavond.',
          outputs: 'Zes klassen (ongeveer 150 leerlingen) volgen de training; twee ouderavonden.',
          outcomes:
            'Leerlingen gaan beter om met spanning en onrecht en herkennen manipulatie; docenten signaleren eerder.',
          assumptions:
            'Weerbaarheid is te trainen in een groep; school is de plek om alle jongeren te bereiken.',
          indicators: 'Deelname; weerbaarheid volgens de vragenlijst voor en na; signalen van docenten.',
        },
      },
    },
    {
      key: 'actieplan',
      write: {
        ...base,
        title: 'Lokaal actieplan polarisatie en radicalisering',
        description:
          'Het actieplan van de gemeente: de lijnen preventie, netwerk, persoonsgerichte aanpak en deskundigheid.',
        kind: 'preventief_programma',
        catalogueId: null,
        type: 'preventief',
        preventionLevel: 'primair',
        targetGroup: 'Inwoners, professionals en partners in Lindeburg',
        provider: 'Gemeente Lindeburg, team Openbare Orde en Veiligheid',
        periodStart: addDays(today, -365),
        periodEnd: addDays(today, 3 * 365),
        policyGoalId: null,
        theory: {
          inputs:
            'Het programmabudget, de aandachtsfunctionaris, de beleidsmedewerker en de partners in het netwerk.',
          activities:
            'Preventieve programma\u2019s, het sleutelfigurennetwerk, de persoonsgerichte aanpak, trainingen.',
          outputs: 'Een jaarplan, vier netwerkbijeenkomsten, trainingen voor eerstelijnsprofessionals.',
          outcomes:
            'Radicalisering wordt eerder gezien en aangepakt; de samenwerking tussen partners is sterker.',
          assumptions: 'Een samenhangende lokale aanpak werkt beter dan losse projecten.',
          indicators:
            'Meldingen; doorlooptijden; getrainde professionals per doelgroep; oordeel van de partners.',
        },
      },
    },
    {
      key: 'pga_mentor',
      write: {
        ...base,
        title: 'Mentor in de persoonsgerichte aanpak',
        kind: 'pga_maatregel',
        catalogueId: entry('mentor'),
        type: 'zorg',
        preventionLevel: 'tertiair',
        targetGroup: 'Personen in de persoonsgerichte aanpak',
        provider: 'Jongerenwerk Lindeburg en Reclassering Veenstroom',
        periodStart: addDays(today, -730),
        policyGoalId: approach,
        theory: {
          inputs: 'Beroepsmentoren van jongerenwerk en reclassering.',
          activities: 'Een mentor als vast aanspreekpunt binnen het plan van aanpak.',
          outputs: 'Een mentor bij iedere casus waar het plan daarom vraagt.',
          outcomes: 'De persoon heeft een stabiele band en een alternatief voor de groep.',
          assumptions: 'Een vertrouwensband is een werkzaam element van uitstap.',
          indicators:
            'Resultaten van de maatregel in de casussen (doel bereikt ja / deels / nee), beschermd geteld.',
        },
      },
    },
    {
      key: 'pga_exit',
      write: {
        ...base,
        title: 'Exitbegeleiding',
        kind: 'pga_maatregel',
        catalogueId: entry('exitbegeleiding'),
        type: 'zorg',
        preventionLevel: 'tertiair',
        targetGroup: 'Personen die zich willen losmaken van een extremistische groep',
        provider: 'Exitfaciliteit van de regio',
        periodStart: addDays(today, -730),
        policyGoalId: approach,
        theory: {
          inputs: 'Exitbegeleiders van de regio, afspraken met de zorgpartners.',
          activities: 'Gesprekken over ideologie, netwerk en toekomst; hulp bij werk, woning en schulden.',
          outputs: 'Begeleiding zolang het plan dat vraagt.',
          outcomes: 'Uitstap uit de groep en het gedachtegoed (disengagement).',
          assumptions: 'Uitstap vraagt aandacht voor zowel ideologie als bestaanszekerheid.',
          indicators: 'Afsluitredenen en duur van de casussen met exitbegeleiding (beschermd).',
        },
      },
    },
    {
      key: 'pga_gebiedsverbod',
      write: {
        ...base,
        title: 'Gebiedsverbod',
        kind: 'pga_maatregel',
        catalogueId: entry('gebiedsverbod'),
        type: 'bestuurlijk',
        preventionLevel: 'tertiair',
        targetGroup: 'Personen bij wie de burgemeester een bestuurlijke maatregel oplegt',
        provider: 'Burgemeester, met de politie',
        periodStart: addDays(today, -730),
        policyGoalId: approach,
        theory: {
          inputs: 'Juridische toets, besluit van de burgemeester, handhaving door de politie.',
          activities: 'Opleggen, toezicht, evaluatie na zes maanden.',
          outputs: 'Een verbod met een looptijd en een evaluatie.',
          outcomes: 'Minder gelegenheid tot contact met de groep of het doelwit.',
          assumptions: 'Een verbod werkt samen met zorg, niet in plaats daarvan.',
          indicators: 'Afsluitredenen en duur van de casussen met een gebiedsverbod (beschermd).',
        },
      },
    },
  ];
  const ids = new Map<string, string>();
  for (const { key, write } of items) {
    if (write.kind === 'pga_maatregel' && !write.catalogueId) continue;
    ids.set(key, await insertIntervention(q, gemeente, write, anchor, by));
  }
  const netwerk = ids.get('netwerk');
  if (netwerk) {
    await insertEvaluation(
      q,
      netwerk,
      {
        kind: 'proces',
        title: 'Procesevaluatie na het eerste jaar',
        questions: [DEFAULT_EVALUATION_QUESTIONS[1] ?? '', DEFAULT_EVALUATION_QUESTIONS[4] ?? ''].filter(
          Boolean,
        ),
        participants:
          'Achttien sleutelfiguren, de netwerkcoördinator, de wijkagenten van Oost en Centrum, het meld- en adviespunt.',
        method:
          'Twee groepsgesprekken met sleutelfiguren en interviews met vier professionals; de opkomst bij de bijeenkomsten.',
        findings:
          'Sleutelfiguren waarderen de bijeenkomsten en het klankbord na incidenten.\nTerugkoppeling na een melding bleef vaak uit; dat schaadt het vertrouwen.',
        recommendations:
          'Koppel binnen twee weken terug wat er met een zorg is gedaan (zonder inhoud over personen).',
        followUp:
          'De netwerkcoördinator spreekt een vaste terugkoppeltermijn af met het meld- en adviespunt.',
        status: 'vastgesteld',
        evaluatedOn: addDays(today, -60),
      },
      anchor,
      by,
    );
  }
  const bounce = ids.get('bounce');
  if (bounce) {
    await insertEvaluation(
      q,
      bounce,
      {
        kind: 'effect',
        title: 'Effectevaluatie schooljaar',
        questions: [...DEFAULT_EVALUATION_QUESTIONS],
        participants:
          'Lindeburg College (mentoren en zorgcoördinator), de twee trainers, Jongerenwerk Lindeburg.',
        method:
          'Vragenlijst weerbaarheid voor en na de training in zes klassen; een gesprek met de docenten.',
        findings:
          'Volgens de vragenlijst gaan leerlingen na de training beter om met onrecht en herkennen zij manipulatie eerder.\nDocenten zeggen eerder het gesprek aan te gaan.',
        recommendations: 'Voortzetten in het tweede leerjaar; BOUNCE up aanbieden aan meer docenten.',
        followUp: 'Het college besluit bij de voorjaarsnota over voortzetting; de school plant de lessen in.',
        status: 'concept',
        evaluatedOn: addDays(today, -20),
      },
      anchor,
      by,
    );
  }
}
