/**
 * People write these languages without their marks as often as with them: Greek without accents
 * ("σταματηστε"), Turkish, Slovak or Romanian on a keyboard without the letters ("duzeltin", "vsetky udaje",
 * "stergeti"). A pattern is written once, with its marks, and folded here so that each marked letter also
 * matches its bare letter. Only Latin and Greek letters (and Russian "ё") are folded: decomposing kana or
 * Hangul would change the letter, not drop a mark.
 */
const SPECIAL: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', đ: 'd', ё: 'е' };

function bare(char: string): string | null {
  if (SPECIAL[char] !== undefined) return SPECIAL[char];
  const code = char.charCodeAt(0);
  // Latin Extended Additional holds Vietnamese's toned vowels ("dữ liệu", "xoá") and Yoruba's "ẹ", "ọ".
  const latin = (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
  const greek = (code >= 0x386 && code <= 0x3ce) || (code >= 0x1f00 && code <= 0x1fff);
  if (!latin && !greek) return null;
  const base = char.normalize('NFD')[0]!;
  return base === char ? null : base;
}

/** The pattern with every marked letter also matching its bare letter ("ş" → "[şs]"); classes widened. */
export function foldMarks(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      out += char + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      const base = bare(char);
      out += base === null || pattern.slice(i + 1).startsWith('-') ? char : char + base;
      continue;
    }
    if (char === '[') {
      inClass = true;
      out += char;
      continue;
    }
    const base = bare(char);
    out += base === null ? char : `[${char}${base}]`;
  }
  return out;
}
