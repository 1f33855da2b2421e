/**
 * Someone acting for another person, in the European languages: a lawyer or firm for a client, an
 * authorised agent (CCPA, 11 CCR §7063), a power of attorney or mandate, a court-appointed guardian or
 * deputy, an executor or heir. Family members writing for a relative are in `family-wording.ts`.
 */
export const AGENT_EUROPE: readonly string[] = [
  // English
  '\\b(?:as|an|the|their|your|his|her|my|our|registered|designated) authori[sz]ed agent\\b(?![-s])',
  '\\bauthori[sz]ed agent (?:of|for|acting)\\b',
  "\\bon (?:his|her|their|the consumer'?s|the client'?s|my client'?s|our client'?s) behalf\\b",
  '\\bon behalf of\\b(?! (?:(?:the|our|my|your|a|this) )?(?:company|team|business|organi[sz]ation|employer|clients\\b|firm\\b|customers\\b|users\\b|partners?\\b))',
  "\\b(?:our|my) client\\b(?!s|'s (?:compliance|legal|team|it|security|procurement))",
  '\\b(?:we|i) (?:act|am acting|are acting) for\\b',
  '\\b(?:we|i|this firm|our firm) represents?\\b(?! (?:a|several|various|many) )',
  '\\bacting (?:for|on behalf of)\\b',
  '\\bletter of (?:authority|authori[sz]ation)\\b',
  '\\bpower of attorney\\b',
  '\\b(?:legal|court[- ]appointed) (?:guardian|deputy|representative)\\b',
  '\\b(?:his|her|their) (?:legal )?(?:guardian|deputy|conservator)\\b',
  '\\bexecut(?:or|rix) of (?:the|his|her|their|my)\\b',
  "\\b(?:i'?m|i am) (?:his|her|their|the) (?:executor|executrix|heir|administrator)\\b",
  '\\b(?:grant of probate|letters? of administration)\\b',
  '\\bmandated by\\b',
  '\\basked me to (?:pass|forward|send|deal|handle|sort|get|close|request|ask|contact|write)\\b',
  // French
  "\\bau nom d(?:e |')(?!(?:la |l'|notre |votre )?(?:soci[ée]t[ée]|entreprise|[ée]quipe))",
  '\\bpour le compte d',
  '\\bagissant (?:pour|au nom)\\b',
  '\\b(?:mon|ma|notre) client(?:e)?\\b(?!s)',
  '\\bje repr[ée]sente\\b',
  "\\b(?:en (?:ma|sa) qualit[ée] d|en tant qu)(?:e |')(?:avocat|conseil|mandataire|repr[ée]sentant|tut(?:eur|rice)|m[èe]re|p[èe]re|parent|h[ée]riti)",
  '\\bprocuration\\b',
  '\\bmandat[ée]e? par\\b',
  '\\b(?:tut(?:eur|rice)|repr[ée]sentant) l[ée]gal',
  '\\bex[ée]cut(?:eur|rice) testamentaire\\b',
  // German
  '\\bim namen (?:meine|meiner|meines|von|des|der|unsere|unserer|unseres|meinem)',
  '\\bin (?:seinem|ihrem) namen\\b',
  '\\b(?:mein|meine|meiner|meines|unser|unsere|unseres|unserer) mandant(?:in|en)?\\b(?! (?:plant|plan|erw[äa]gt|[üu]berlegt|pr[üu]ft))',
  '\\bvollmacht\\b',
  '\\bbevollm[äa]chtigt',
  '\\berziehungsberechtigt',
  '\\b(?:gesetzliche[rn]?|bestellte[rn]?) (?:vertreter|betreuer)',
  '\\bbetreuer(?:in)? von\\b',
  '\\b(?:betreuerausweis|erbschein|testamentsvollstrecker)',
  // Spanish, Catalan
  '\\ben (?:nombre|representaci[óo]n) de\\b(?! (?:la |nuestra )?(?:empresa|compa[ñn][íi]a|equipo))',
  '\\b(?:mi|nuestr[oa]) (?:cliente|representad[oa]|poderdante)\\b',
  '\\bpoder (?:notarial|que se adjunta|adjunto|otorgado)\\b',
  '\\bapoderad[oa]\\b',
  '\\bcomo (?:su )?(?:abogad[oa]|tutor[a]?|padre|madre|representante legal|hered[ea]r[oa]|albacea)\\b',
  '\\b(?:tutor[a]?|representante) legal\\b',
  '\\b(?:soy|como) (?:el |la )?(?:hereder[oa]|albacea)\\b',
  '\\bcom a (?:hereu|hereva|advocat|advocada|tutor|tutora|pare|mare)\\b',
  "\\ben nom de\\b(?! (?:l'empresa|la companyia|l'equip))",
  // Italian
  '\\bper conto d',
  '\\ba nome (?:del|della|di|dello)\\b(?! (?:societ[àa]|azienda|team))',
  '\\b(?:il mio|la mia|mio|mia) (?:cliente|assistit[oa])\\b',
  '\\bin qualit[àa] di (?:rappresentante|avvocat[oa]|legale|genitore|madre|padre|tutore|erede|procuratore)\\b',
  '\\b(?:delega|procura) (?:firmata|allegata|speciale|in allegato)\\b',
  '\\btutore legale\\b',
  '\\besecutore testamentario\\b',
  // Dutch
  '\\bnamens (?:mijn|mevrouw|meneer|de heer|haar|hem|zijn|onze|cli[eë]nt)',
  '\\bmijn cli[eë]nt(?:e)?\\b',
  '\\b(?:volmacht|gemachtigde|wettelijk vertegenwoordiger|bewindvoerder|executeur)\\b',
  // Portuguese
  '\\bem nome d(?:o|a|e)\\b(?! (?:empresa|equipe|equipa))',
  '\\brepresento\\b',
  '\\bna qualidade de (?:advogad|representante|procurador|respons[áa]vel|m[ãa]e|pai|tutor|herdeir|inventariante)',
  '\\bprocura[çc][ãa]o\\b',
  '\\b(?:meu|minha) (?:cliente|representad[oa]|constituinte)\\b',
  '\\b(?:respons[áa]vel|representante) legal\\b',
  '\\b(?:inventariante|herdeir[oa])\\b',
  // Polish
  '\\bw imieniu\\b(?! (?:firmy|sp[óo][łl]ki|zespo[łl]u))',
  '\\bpe[łl]nomocni(?:k|ctw)',
  '\\b(?:m[óo]j|mojego|moja|mojej|nasz|naszego) (?:klient|klientk|mocodawc)',
  '\\breprezentuj(?:[eę]|emy) (?!firm)',
  '\\bopiekun(?:ka)? prawn',
  '\\bspadkobierc',
  // Swedish, Danish, Norwegian
  '\\bp[åa] uppdrag av\\b',
  '\\bp[åa] vegne av?\\b',
  '\\b(?:[åa]|pa) v[äa]gnar\\b',
  '\\b(?:min|v[åa]r) (?:klient|huvudman)\\b',
  '\\b(?:fullmakt|fuldmagt|v[åa]rdnadshavare|v[æa]rge|verge|god man|d[øo]dsbo|d[öo]dsbo)\\b',
  '\\bfor[æa]ldremyndighed',
  // Finnish
  '\\b(?:h[äa]nen|heid[äa]n|p[äa][äa]mieheni|asiakkaani|[äa]itini|is[äa]ni|vaimoni|mieheni|lapseni|poikani|tytt[äa]reni) puolesta\\b',
  '\\b(?:valtakirja|edunvalvoja|huoltaja|kuolinpes)',
  '\\b(?:asiakkaani|p[äa][äa]mieheni)\\b',
  // Czech, Slovak
  '\\b(?:jm[ée]nem|v zastoupen[íi]|v mene|v zast[úu]pen[íi])\\b(?! (?:spole[čc]nosti|firmy))',
  '\\b(?:pln[áa] moc|pln[úu] moc|pln[ée] moci|zmocn[ěe]n|splnomocnen)',
  '\\b(?:m[ůu]j|m[ée]ho|m[ôo]j|m[ôo]jho) klient',
  '\\bz[áa]konn[ýy] z[áa]stupc',
  // Romanian
  '\\b[îi]n numele\\b(?! (?:companiei|firmei|echipei))',
  '\\b(?:clientul meu|clienta mea|clientului meu|clientei mele)\\b',
  '\\b(?:[îi]mputernicir|procur[ăa]\\b|reprezentant(?:ul)? legal)',
  '\\b[îi]n calitate de (?:avocat|mam[ăa]|tat[ăa]|p[ăa]rinte|tutore|mo[șş]tenitor|reprezentant)',
  '\\bsunt (?:mama|tat[ăa]l|tutorele) (?:ei|lui)\\b',
  // Hungarian
  '\\b(?:nev[ée]ben|k[ée]pviselet[ée]ben|meghatalmaz|[üu]gyfelem|t[öo]rv[ée]nyes k[ée]pvisel|gy[áa]mja|[öo]r[öo]k[öo]s)',
  // Greek
  '\\b(?:εκ μέρους|για λογαριασμό|εξουσιοδότησ|πληρεξούσι|κηδεμόν|κληρονόμ)',
  '\\b(?:ο πελάτης μου|η πελάτισσά μου|του πελάτη μου|της πελάτισσάς μου|του εντολέα μου|ο εντολέας μου)\\b',
  // Albanian
  '\\b(?:n[ëe] cil[ëe]sin[ëe] e (?:avokatit|p[ëe]rfaq[ëe]suesit|prindit)|n[ëe] em[ëe]r t[ëe]|klientit tim|klienti im)\\b',
];
