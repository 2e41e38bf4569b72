import type { MeetingType } from './types.js';

/**
 * The e-mails of the meetings module. They are content-free: no names, no agenda items, no decisions.
 * Mail may pass servers outside the municipality's control; what is said stays in Duiden, where every
 * read is logged.
 */

const TYPE_NL: Record<MeetingType, string> = {
  signaleringsoverleg: 'signaleringsoverleg',
  weegploeg: 'weegploeg',
  casusoverleg: 'casusoverleg',
};
const TYPE_EN: Record<MeetingType, string> = {
  signaleringsoverleg: 'triage meeting',
  weegploeg: 'weighing meeting',
  casusoverleg: 'case meeting',
};

const dateNl = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'long',
  timeStyle: 'short',
});
const dateEn = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'long',
  timeStyle: 'short',
});

export interface MailText {
  readonly subject: string;
  readonly text: string;
}

/** "There is an agenda for the meeting of <date>": the kind of meeting and its date, nothing else. */
export function agendaNotice(type: MeetingType, startsAt: Date, update: boolean): MailText {
  const nl = dateNl.format(startsAt);
  const en = dateEn.format(startsAt);
  return {
    subject: update
      ? `Agenda bijgewerkt: ${TYPE_NL[type]} ${nl} / Agenda updated`
      : `Agenda ${TYPE_NL[type]} ${nl} / Agenda available`,
    text:
      `${update ? 'De agenda is bijgewerkt' : 'De agenda staat klaar'} voor het ${TYPE_NL[type]} van ${nl}. ` +
      'Bekijk de agendapunten die voor u bestemd zijn in Duiden.\n\n' +
      `${update ? 'The agenda has been updated' : 'The agenda is available'} for the ${TYPE_EN[type]} of ${en}. ` +
      'Open the items meant for you in Duiden.\n',
  };
}

/** The daily reminder: only how many overdue actions there are. */
export function overdueReminder(count: number): MailText {
  const nl =
    count === 1
      ? 'U heeft 1 openstaande actie met een verlopen termijn in Duiden.'
      : `U heeft ${count} openstaande acties met een verlopen termijn in Duiden.`;
  const en =
    count === 1
      ? 'You have 1 open action past its due date in Duiden.'
      : `You have ${count} open actions past their due date in Duiden.`;
  return {
    subject: 'Acties met een verlopen termijn / Overdue actions',
    text: `${nl}\nBekijk ze onder "Mijn acties".\n\n${en}\nSee "My actions".\n`,
  };
}

/** The meeting does not take place: only its kind and date. */
export function cancellationNotice(type: MeetingType, startsAt: Date): MailText {
  return {
    subject: `Vervallen: ${TYPE_NL[type]} ${dateNl.format(startsAt)} / Cancelled`,
    text:
      `Het ${TYPE_NL[type]} van ${dateNl.format(startsAt)} gaat niet door.\n\n` +
      `The ${TYPE_EN[type]} of ${dateEn.format(startsAt)} has been cancelled.\n`,
  };
}
