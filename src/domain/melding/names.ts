/**
 * Names as they are compared when the system suggests that two mentions may be the same person. Only a
 * filter for candidates: the officer decides whether it is the same person.
 */

/**
 * Dutch (and a few common foreign) name particles (tussenvoegsels). They carry no identity and their
 * trigrams ("van", " de", "den") are in a large share of all names, so they are left out when comparing.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'des',
  'het',
  't',
  's',
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'aan',
  'uit',
  'bij',
  'onder',
  'over',
  'voor',
  'tot',
  'la',
  'le',
  'du',
  'd',
  'di',
  'da',
  'del',
  'dos',
  'das',
  // Abbreviations: "v.d. Berg", "vd Berg".
  'v',
  'vd',
]);

// Letters that Unicode does not decompose into a base letter and a mark.
const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i', ĳ: 'ij' };

/** Lower case, no diacritics, letters and digits only, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđıĳ]/g, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The form of a name used for matching: folded, without particles. "Jan van den Berg", "J. van den
 * Berg" and "Berg, Jan van den" become "jan berg", "j berg" and "berg jan"; trigram similarity does not
 * depend on word order. A name made only of particles keeps them (so "Van" is not the empty string).
 */
export function normalizeName(name: string): string {
  const tokens = foldText(name).split(' ').filter(Boolean);
  const kept = tokens.filter((t) => !NAME_PARTICLES.has(t));
  return (kept.length > 0 ? kept : tokens).join(' ');
}

/**
 * An address for matching: folded, and a postcode written as one token ("1234 AB" → "1234ab"). Only
 * capital letters after the digits count as a postcode, so "Plein 1940 nr. 3" keeps its words apart.
 */
export function normalizeAddress(address: string): string {
  return foldText(address.replace(/\b([1-9]\d{3})\s+([A-Z]{2})\b/g, '$1$2'));
}
