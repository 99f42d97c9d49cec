/**
 * What "the same name" means for team and church names: two names are the same team (the unique index
 * on `team_name_key`) or the same church (MAX_TEAMS_PER_CHURCH) when they *look* the same, not only when
 * their code points match. Display names are stored as typed (NFC, trimmed, collapsed: `normalizeText`);
 * only this key is folded.
 */

/**
 * Unicode's DefaultIgnorableCodePoint set: code points a renderer shows as nothing at all. V8 (Node 20+)
 * implements the property from its ICU data; in Unicode 15-17 it is exactly
 * U+00AD, U+034F, U+061C, U+115F-1160, U+17B4-17B5, U+180B-180F, U+200B-200F, U+202A-202E, U+2060-206F,
 * U+3164, U+FE00-FE0F, U+FEFF, U+FFA0, U+FFF0-FFF8, U+1BCA0-1BCA3, U+1D173-1D17A, U+E0000-E0FFF
 * (soft hyphen, grapheme joiner, bidi marks, the Hangul fillers, variation selectors, zero-widths, tags).
 * `name-key.spec.ts` checks the property still covers that list.
 */
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * Letters of other scripts drawn like a Latin letter or digit, and typographic apostrophes: a small,
 * explicit subset of Unicode's confusables.txt (UTS #39) for the scripts a spoofer reaches for (Cyrillic,
 * Greek, Armenian, Cherokee, Latin small capitals). Not the whole table: that also folds distinct Tamil
 * and Malayalam letters into each other (ர and ா, റ and ര) and Latin into Latin (`m` into `rn`, `0` into
 * `O`), which would refuse genuine names here.
 *
 * Each entry is a look-alike and its Latin twin. The key is case-folded first, so an entry stands for
 * both cases of its letter: `НH` (the Cyrillic capital looks like H) also sends the small `н` to `h`,
 * as "Нope" and "нope" are one name whatever case. Where the two cases look like different Latin letters
 * the capital's look is taken (Greek `Ν` and `ν`: `n`), and a letter is listed once.
 */
const LOOKALIKE_PAIRS = [
  // Cyrillic
  'АA ВB СC ЕE НH ІI ЈJ КK МM ОO РP ЅS ТT ХX УY ҮY ԚQ ԜW ӀI ѴV ԌG ЬB З3 һh ԁd гr б6',
  // Greek
  'ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX ϹC ϿJ ϜF γy',
  // Armenian
  'ՕO ՍU ՏS հh ոn ռn ցg զq գq աw',
  // Cherokee (capitals; the small letters fold to the same)
  'ᎪA ᏴB ᏟC ᎠD ᎬE ᏀG ᏳG ᎻH ᎫJ ᏦK ᏞL ᎷM ᏢP ᎡR ᏒR ᏚS ᏕS ᎢT ᏙV ᎳW ᏔW ᎩY ᎽY ᏃZ ᎥI ᏂH ᏏB',
  // Latin letters outside a-z drawn like one of them: script a and g, iota, small capitals, dental click
  'ɑa ɡg ɩi ɪi ʏy ᴄc ᴏo ᴜu ᴠv ᴡw ᴢz ꜱs ǀl',
  // Apostrophes: the form takes ' and ’, and ʼ ʻ are letters (Lm)
  "’' ‘' ʼ' ʻ'",
].join(' ');

/**
 * Lower-, upper-, then lower-cased: `ß` and `SS`, `ς` and `Σ`, `ı` and `I` meet (nearly full case folding).
 * Lowering first makes it stable: `ẞ` (capital sharp s) lowers to `ß`, which only then uppers to `SS`.
 */
const foldCase = (value: string) => value.toLowerCase().toUpperCase().toLowerCase();

const LOOKALIKES = new Map<string, string>();
for (const pair of LOOKALIKE_PAIRS.split(' ')) {
  const [from, to] = [...pair].map(foldCase);
  const known = LOOKALIKES.get(from!);
  if (known !== undefined && known !== to) throw new Error(`name-key: ${pair} contradicts ${from}${known}`);
  LOOKALIKES.set(from!, to!);
}
const LOOKALIKE = new RegExp(`[${[...LOOKALIKES.keys()].join('')}]`, 'gu');

/** The text without what renders as nothing: default-ignorables, the Hangul fillers among them. */
export function visibleText(value: string): string {
  return value.replace(DEFAULT_IGNORABLE, '');
}

/**
 * The comparison key of a team or church name:
 *
 * 1. NFKC: compatibility forms become their plain letters (fullwidth `Ｔ`, ligatures, mathematical letters);
 * 2. default-ignorable code points removed (joiners, variation selectors, Hangul fillers, bidi marks);
 * 3. case-folded, then NFKC again;
 * 4. the look-alikes above replaced by their Latin twins (Cyrillic `а` is `a`): a confusable skeleton
 *    for the scripts that matter here;
 * 5. whitespace trimmed and collapsed.
 *
 * Indic scripts pass through unchanged but for NFKC, which leaves Tamil, Malayalam and Devanagari letters
 * and their combining marks alone (and composes a decomposed vowel sign the same way every time).
 */
export function nameKey(value: string): string {
  const folded = visibleText(foldCase(visibleText(value.normalize('NFKC'))).normalize('NFKC'));
  return folded
    .replace(LOOKALIKE, (c) => LOOKALIKES.get(c)!)
    .trim()
    .replace(/\s+/gu, ' ');
}
