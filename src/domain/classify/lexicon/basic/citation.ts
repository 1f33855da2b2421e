/**
 * An article of a named law, as CJK writers cite it ("個人情報保護法第33条", "개인정보 보호법 제35조",
 * "《个人信息保护法》第四十五条"): the number is read under the law named just before it, never alone,
 * because the APPI, PIPA, PIPL and GDPR number the same rights differently.
 */
export function citation(law: string, article: string): string {
  return `${law}~{0,12}${article}`;
}
