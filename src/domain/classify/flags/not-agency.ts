/**
 * Wording that takes the agent reading back: the writer says the request is their own or that no request
 * is being made for anyone ("not made on behalf of any client", "no specific request at this stage", "nie
 * występujemy w imieniu żadnej osoby"). A lawyer's general question about a client is not an agent's request.
 */
export const DENIED_AGENCY: readonly string[] = [
  '\\bnot (?:made |sent |submitted |writing |acting |making (?:this |a |any )?(?:request )?)?on behalf of\\b',
  '\\b(?:no|without making any|without making a|not making a|not making any) (?:specific |formal )?(?:data protection )?request\\b',
  "\\b(?:i'?m|i am|we'?re|we are) not making (?:a|any) request\\b",
  '\\bne (?:s.agit|fai?s|faisons) pas (?:au nom|pour le compte)\\b',
  '\\bnicht im (?:auftrag|namen)\\b',
  '\\bkeine konkrete(?:n)? (?:anfrage|auskunftsersuchen|betroffenenanfrage)\\b',
  '\\bno (?:actuamos|act[úu]o) en (?:nombre|representaci[óo]n)\\b',
  '\\bnon (?:agiamo|agisco|scrivo|scriviamo) (?:per conto|a nome)\\b',
  '\\bnie wyst[ęe]puj(?:emy|[ęe]) w imieniu\\b',
  '\\bn[ãa]o (?:estamos|estou) (?:agindo|atuando) em nome\\b',
  '\\b(?:webinar|master.s thesis)\\b',
];
