/**
 * India's Digital Personal Data Protection Act, 2023, as each Indian language's writers cite it: s. 11 is the
 * right to information about one's data (access), s. 12 correction, completion, updating and erasure. A
 * section number is read under that Act only, named at most 60 characters before it ("DPDP అధినియమం, 2023
 * లోని సెక్షన్ 11"), never alone: the GDPR's Art. 11 and 12 are no rights, and other laws number their
 * sections their own way. The Act or the section is named in the language's own words: a citation wholly in
 * English is read by none of these lists, or every Indian list would count it once more in short mail,
 * which they all read.
 */
import type { Right } from '../../../request-types.js';
import type { CueSpec } from '../types.js';

const ACT = 'dpdp|digital personal data protection';

/** The Act's citations for s. 11 (access) and s. 12 (a hint of correction and of erasure). */
export function dpdpCitations(
  nativeAct: string,
  nativeSection: string,
): Readonly<Record<Extract<Right, 'access' | 'rectification' | 'erasure'>, CueSpec>> {
  const native = `(?:${nativeSection})\\S{0,4}`;
  const section = (n: number) =>
    `(?:(?:${nativeAct})[^.\\n]{0,60}(?:section|sec\\.?|s\\.|${native})|(?:${ACT})[^.\\n]{0,60}${native})\\s?${n}(?![0-9])`;
  return {
    access: [1.5, section(11)],
    rectification: [0.5, section(12)],
    erasure: [0.5, section(12)],
  };
}
