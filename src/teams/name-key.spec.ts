import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, visibleText } from './name-key.js';

/** Unicode 17's DefaultIgnorableCodePoint ranges (DerivedCoreProperties.txt). */
const DEFAULT_IGNORABLE_RANGES: [number, number][] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfff8],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];

// Reproducible by default, as the other property tests; FC_SEED=random explores new inputs.
if (process.env.FC_SEED !== 'random') fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_202) });

describe('visibleText', () => {
  it('removes exactly the default-ignorable code points (the runtime property still matches the list)', () => {
    const inList = (cp: number) => DEFAULT_IGNORABLE_RANGES.some(([from, to]) => cp >= from && cp <= to);
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      if ((visibleText(char) === '') !== inList(cp)) {
        expect.fail(`U+${cp.toString(16).toUpperCase()}: removed=${visibleText(char) === ''}`);
      }
    }
  });

  it('keeps the marks Indic names need', () => {
    for (const name of ['ஜோசப் குமார்', 'മാത്യു', 'राहुल', 'क़ासिम']) expect(visibleText(name)).toBe(name);
  });
});

describe('nameKey', () => {
  it.each([
    ['Grace Warriors', 'GRACE  warriors '],
    ['Grace Warriors', 'Gr\u0430ce Warri\u043Ers'], // Cyrillic а, о
    ['Grace Warriors', 'Gr\u03B1ce W\u03B1rri\u03BFrs'], // Greek α, ο
    ['Grace Warriors', 'Gra\u034Fce\u3164 Warriors\uFFA0'], // joiner, fillers
    ['Grace Warriors', '\u200EGrace\uFE0F Warriors\u2060'], // bidi mark, variation selector, word joiner
    ['Grace Warriors', 'Ｇｒａｃｅ 𝐖arriors'], // fullwidth, mathematical bold
    ['HOPE', '\u041D\u041E\u0420\u0415'], // Cyrillic capitals
    ['HOPE', '\u0397\u039F\u03A1\u0395'], // Greek capitals
    ['hope', '\u043Dope'], // Cyrillic small н: "Нope" and "нope" are one name in any case
    ["St. Mary's", 'St. Mary’s'],
    ['Straße', 'STRASSE'],
    ['Νίκη', 'ΝΊΚΗ'], // Greek in either case stays one name
    ['Москва', 'МОСКВА'], // and Cyrillic
  ])('gives %j and %j one key', (a, b) => {
    expect(nameKey(b)).toBe(nameKey(a));
  });

  it.each([
    ['ரா', 'ரர'], // Tamil ra and the aa sign: alike in confusables.txt, different letters here
    ['റോയ്', 'രോയ്'], // Malayalam rra and ra
    ['Team 10', 'Team IO'], // Latin against Latin is left alone
    ['Team l', 'Team I'],
    ['Grace Warriors', 'GraceWarriors'],
    ['சென்னை சிங்கம்', 'சென்னை சிங்கங்கள்'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('leaves Indic names as they are (composed, whatever the input form)', () => {
    for (const name of ['சென்னை சிங்கங்கள்', 'കേരള കടുവകൾ', 'दिल्ली शेर', 'क़ासिम अली']) {
      expect(nameKey(name.normalize('NFD'))).toBe(name.normalize('NFC'));
    }
  });

  it('folds the capital sharp s like the small one', () => {
    expect(nameKey('Straẞe')).toBe(nameKey('Strasse'));
    expect(nameKey(nameKey('ẞ'))).toBe(nameKey('ẞ'));
  });

  it('is stable: the key of a key is itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (name) => {
        const key = nameKey(name);
        expect(nameKey(key)).toBe(key);
      }),
      { numRuns: 500 },
    );
  });
});
