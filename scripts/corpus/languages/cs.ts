// Czech: GDPR (obecné nařízení) citations, ÚOOÚ. First-person past is feminine, so the names are women's.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const cs = compactPack({
  id: 'cs', locale: 'cs-CZ', country: 'Czechia', tz: '+0100', legacyCharset: 'iso-8859-2',
  names: ['Jana Nováková', 'Petra Svobodová', 'Lucie Dvořáková', 'Tereza Černá', 'Kateřina Procházková', 'Markéta Kučerová'],
  law: 'obecného nařízení o ochraně osobních údajů (GDPR)', authority: 'Úřadu pro ochranu osobních údajů',
  articles: gdprArticles((n) => `čl. ${n} GDPR`, 'čl. 7 odst. 3 GDPR', 'oddílu 1798.120 CCPA'),
  style: {
    hi: 'Dobrý den,', dear: 'Vážení,', thanks: 'Děkuji,', regards: 'S pozdravem', mobile: 'Odesláno z iPhonu',
    formalIntro: 'Tímto uplatňuji svá práva podle {law}.', deadline: 'Žádám o odpověď do jednoho měsíce podle čl. 12 odst. 3 GDPR.',
    withdrawAny: 'Pokud se jakékoli zpracování zakládá na mém souhlasu, tímto jej odvolávám.',
    angry: 'Píšu už potřetí a dosud mi nikdo neodpověděl. To je nepřijatelné.',
    complaint: 'Pokud do měsíce nedostanu odpověď, podám stížnost u {authority}.',
  },
  subjects: ['Žádost o přístup k osobním údajům', 'Oprava mých údajů', 'Smazání účtu', 'Omezení zpracování', 'Reklamní e-maily', 'Export mých dat', 'Odvolání souhlasu', 'Neprodávejte mé údaje', 'Můj účet', 'Dotaz k mým údajům'],
  asks: [
    ['Jaké osobní údaje o mně máte? Pošlete mi prosím jejich kopii.', 'Podle {art} žádám o potvrzení, zda zpracováváte mé osobní údaje, a pokud ano, o jejich kopii spolu s účely, příjemci, dobou uložení a zdrojem.', 'Už dva roky {product} nepoužívám a zajímá mě, co o mně ještě máte. Můžete mi ukázat všechno, co souvisí s {email}?', 'Sdělte mi, jaké druhy informací jste o mně shromáždili, odkud pocházejí, k čemu je používáte a komu jste je předali.'],
    ['Moje příjmení je v účtu a na fakturách uvedeno jako „{wrong}“. Správně je „{last}“. Opravte ho prosím.', 'Podle {art} žádám o opravu nepřesných údajů: mé příjmení je vedeno jako „{wrong}“, správně je „{last}“.', 'Přestěhovala jsem se a mám nový e-mail. Aktualizujte prosím mé údaje, ať vše chodí na {newEmail}.', 'Můj profil u vás je zastaralý a neúplný: fakturační adresa už roky není moje a chybí celé jméno. Doplňte ho prosím.'],
    ['Smažte prosím můj účet a všechny osobní údaje, které o mně máte.', 'Podle {art} žádám o výmaz všech mých osobních údajů včetně účtu a záloh, kromě těch, které musíte uchovávat ze zákona.', 'S {product} končím. Zrušte mi účet a vymažte všechno, co o mně máte, už se nevrátím.', 'Nejradši bych, aby po mně u vás nezůstalo vůbec nic: žádný účet, žádné staré přepisy, žádné logy s mým jménem. Prostě ať to všechno zmizí.'],
    ['Omezte prosím zpracování mých údajů, dokud prověřujete sporné platby z faktury {order}.', 'Podle {art} žádám o omezení zpracování, protože popírám přesnost údajů o používání u mého účtu. Do vyjasnění je prosím pouze uložte.', 'Nic nemažte, ale moje údaje ani k ničemu nepoužívejte, dokud se nevyřeší moje reklamace faktury {order}.', 'Vedu soudní spor s bývalým společníkem o tento účet. Do rozhodnutí nechte moje údaje přesně tak, jak jsou: nedotčené, nepoužívané a nesmazané.'],
    ['Přestaňte mi prosím posílat reklamní e-maily. Chci jen servisní zprávy.', 'Podle {art} vznáším námitku proti zpracování mých údajů pro analýzy a profilování na základě vašeho oprávněného zájmu.', 'Nechci, aby údaje o mém používání končily ve vašem produktovém výzkumu nebo statistikách. Přestaňte s tím.', 'Účet mi NERUŠTE. Jen už nechci newslettery a akce, a dejte mi předem vědět, kdyby námitka měla vést ke smazání účtu.'],
    ['Můžete mi poslat export mých dat v JSON nebo CSV?', 'Podle {art} žádám o poskytnutí údajů, které jsem vám předala, ve strukturovaném, běžně používaném a strojově čitelném formátu.', 'Přecházím na jiný nástroj a potřebuji všechny projekty, historii úloh a nastavení v souboru, který tam naimportuji.', 'Předejte prosím data mého účtu přímo společnosti {provider}, která tuto práci od příštího měsíce přebírá. Čekají soubor JSON.'],
    ['Odvolávám souhlas s newsletterem a analytickými cookies.', 'Tímto odvolávám souhlas udělený podle {art} se zpracováním mých údajů pro produktové analýzy.', 'Při registraci jsem zaškrtla, že můžete používat můj nahraný obsah ke zlepšování modelů. Toto svolení ruším.', 'Dala jsem vám svolení použít mé jméno a fotku v příběhu zákazníka. To svolení beru zpět, stáhněte je prosím.'],
    ['Neprodávejte a nesdílejte mé osobní informace.', 'Podle {art} žádám, abyste mé osobní informace neprodávali ani nesdíleli, ani pro behaviorální reklamu. Bydlím v Kalifornii.', 'Vyřaďte mě prosím z cílené reklamy a jakéhokoli reklamního profilování.', 'Prodáváte moje údaje? Pokud ano, přestaňte. Nechci, aby moje údaje nebo moje prohlížení končily u inzerentů nebo obchodníků s daty.'],
  ],
  multi: [
    'Nejdřív mi pošlete kopii všech údajů, které o mně máte. Až ji dostanu, smažte můj účet a všechny mé údaje.',
    'Žádám o přístup ke svým osobním údajům včetně účelů a příjemců. Zároveň vznáším námitku proti zpracování mých údajů pro přímý marketing a profilování.',
    'Smažte můj účet a osobní údaje. Do té doby nesouhlasím s jakýmkoli použitím mých údajů k reklamě a vznáším proti němu námitku.',
  ],
  negatives: {
    billing: ['Dvojí platba {order}', 'Dobrý den,\n\nfaktura {order} ({amount}) mi byla stržena dvakrát. Můžete přeplatek vrátit?\n\n{name}'],
    bug: ['Export padá s chybou 500', 'Dobrý den,\n\nod rána každý export skončí chybou 500. Úloha {order}. Máte výpadek?\n\n{name}'],
    phishing: ['Naléhavé: potvrďte svůj souhlas', 'Vážený uživateli,\n\nváš e-mail bude zablokován, pokud do 24 hodin nepotvrdíte nastavení souhlasu. Pro odhlášení z blokace se přihlaste zde: http://secure-verify.example.net/souhlas\n\nBezpečnostní tým'],
    sale_question: ['Prodáváte data?', 'Dobrý den,\n\nporovnávám nástroje pro klienta. Prodává nebo sdílí {product} zákaznická data s inzerenty?\n\n{name}'],
    policy_question: ['Jak dlouho uchováváte logy?', 'Dobrý den,\n\njak dlouho uchováváte logy požadavků a jsou v nich IP adresy?\n\n{name}'],
    out_of_office: ['Automatická odpověď: {product}', 'Děkuji za zprávu. Do {date} jsem mimo kancelář a poštu nečtu. V naléhavých případech: kancelar@example.com.\n\n{name}'],
  },
});
