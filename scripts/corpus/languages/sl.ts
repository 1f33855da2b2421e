// Slovenian: Splošna uredba o varstvu podatkov (GDPR), Informacijski pooblaščenec. Feminine first person.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const sl = compactPack({
  id: 'sl', locale: 'sl-SI', country: 'Slovenia', tz: '+0100', legacyCharset: 'iso-8859-2',
  names: ['Nina Kranjc', 'Maja Zupan', 'Tina Potočnik', 'Eva Kovač', 'Špela Mlakar', 'Urška Vidmar'],
  law: 'Splošni uredbi o varstvu podatkov (GDPR)', authority: 'Informacijskemu pooblaščencu',
  articles: gdprArticles((n) => `${n}. členom GDPR`, '3. odstavkom 7. člena GDPR', 'oddelkom 1798.120 CCPA'),
  style: {
    hi: 'Pozdravljeni,', dear: 'Spoštovani,', thanks: 'Hvala,', regards: 'Lep pozdrav,', mobile: 'Poslano z mojega iPhona',
    formalIntro: 'S tem uveljavljam svoje pravice po {law}.', deadline: 'Prosim za odgovor v enem mesecu, kot določa 12. člen GDPR.',
    withdrawAny: 'Če katera koli obdelava temelji na moji privolitvi, jo s tem prekličem.',
    angry: 'Pišem vam že tretjič in mi še nihče ni odgovoril. To je nesprejemljivo.',
    complaint: 'Če v enem mesecu ne dobim odgovora, bom vložila pritožbo {authority}.',
  },
  subjects: ['Zahteva za dostop do osebnih podatkov', 'Popravek mojih podatkov', 'Izbris računa', 'Omejitev obdelave', 'Oglasna e-sporočila', 'Izvoz mojih podatkov', 'Preklic privolitve', 'Ne prodajajte mojih podatkov', 'Moj račun', 'Vprašanje o mojih podatkih'],
  asks: [
    ['Katere osebne podatke imate o meni? Prosim, pošljite mi kopijo.', 'V skladu s {art} zahtevam potrditev, ali obdelujete moje osebne podatke, in če jih, njihovo kopijo z nameni, uporabniki, obdobjem hrambe in virom.', 'Že dve leti ne uporabljam {product} in me zanima, kaj še hranite o meni. Mi lahko pokažete vse, kar je povezano z {email}?', 'Povejte mi, katere vrste informacij ste zbrali o meni, od kod izvirajo, za kaj jih uporabljate in komu ste jih posredovali.'],
    ['Moj priimek je v računu in na računih zapisan kot »{wrong}«. Pravilno je »{last}«. Prosim, popravite ga.', 'V skladu s {art} zahtevam popravek netočnih podatkov: moj priimek je vpisan kot »{wrong}«, pravilno pa je »{last}«.', 'Preselila sem se in imam nov e-naslov. Prosim, posodobite moje podatke, da bo vse odslej šlo na {newEmail}.', 'Moj profil pri vas je zastarel in nepopoln: naslov za račune že leta ni moj, manjka pa tudi polno ime. Prosim, posodobite ga.'],
    ['Prosim, izbrišite moj račun in vse osebne podatke, ki jih imate o meni.', 'V skladu s {art} zahtevam izbris vseh osebnih podatkov v zvezi z mano, vključno z računom in varnostnimi kopijami, razen tistih, ki jih morate hraniti po zakonu.', 'Z {product} sem končala. Zaprite mi račun in pobrišite vse, kar imate o meni, ne bom se vrnila.', 'Najraje bi videla, da pri vas ne ostane nič o meni: ne račun, ne stari prepisi, ne dnevniki z mojim imenom. Naj vse preprosto izgine.'],
    ['Prosim, omejite obdelavo mojih podatkov, dokler preverjate sporne bremenitve z računa {order}.', 'V skladu s {art} zahtevam omejitev obdelave, ker oporekam točnosti podatkov o uporabi pri mojem računu. Do razjasnitve jih le hranite.', 'Ničesar ne brišite, a mojih podatkov tudi ne uporabljajte za nič, dokler se moja reklamacija računa {order} ne reši.', 'Z nekdanjim poslovnim partnerjem sem v sodnem sporu glede tega računa. Do odločitve pustite moje podatke natanko takšne, kot so: nedotaknjene, neuporabljene in neizbrisane.'],
    ['Prosim, nehajte mi pošiljati oglasna e-sporočila. Želim le obvestila o storitvi.', 'V skladu s {art} ugovarjam obdelavi mojih podatkov za analitiko in profiliranje na podlagi vašega zakonitega interesa.', 'Ne želim, da moji podatki o uporabi končajo v vaših raziskavah izdelkov ali statistikah. Nehajte s tem.', 'Računa mi NE zaprite. Samo novic in promocij ne želim več, in mi sporočite vnaprej, če bi ugovor pomenil izbris računa.'],
    ['Mi lahko pošljete izvoz mojih podatkov v JSON ali CSV?', 'V skladu s {art} zahtevam podatke, ki sem vam jih posredovala, v strukturirani, splošno uporabljani in strojno berljivi obliki.', 'Prehajam na drugo orodje in potrebujem vse projekte, zgodovino opravil in nastavitve v datoteki, ki jo lahko tam uvozim.', 'Prosim, podatke mojega računa prenesite neposredno podjetju {provider}, ki od prihodnjega meseca prevzema to delo. Pričakujejo datoteko JSON.'],
    ['Prekličem privolitev za e-novice in analitične piškotke.', 'S tem prekličem privolitev, dano v skladu s {art}, za obdelavo mojih podatkov za analitiko izdelka.', 'Ob registraciji sem označila, da lahko moje naložene vsebine uporabljate za izboljšanje modelov. To dovoljenje umikam.', 'Dovolila sem vam uporabo mojega imena in fotografije v zgodbi strank. To dovoljenje umikam, prosim, odstranite ju.'],
    ['Ne prodajajte in ne delite mojih osebnih informacij.', 'V skladu s {art} zahtevam, da mojih osebnih informacij ne prodajate in ne delite, tudi ne za vedenjsko oglaševanje. Živim v Kaliforniji.', 'Prosim, izključite me iz ciljanega oglaševanja in vsakršnega oglaševalskega profiliranja.', 'Ali prodajate moje podatke? Če jih, nehajte. Ne želim, da moji podatki ali moje brskanje pristanejo pri oglaševalcih ali posrednikih podatkov.'],
  ],
  multi: [
    'Najprej mi pošljite kopijo vseh podatkov, ki jih imate o meni. Ko jo prejmem, izbrišite moj račun in vse moje podatke.',
    'Zahtevam dostop do svojih osebnih podatkov, vključno z nameni in uporabniki. Poleg tega ugovarjam vsaki obdelavi mojih podatkov za neposredno trženje in profiliranje.',
    'Izbrišite moj račun in osebne podatke. Do takrat ugovarjam vsaki uporabi mojih podatkov za oglaševanje.',
  ],
  negatives: {
    billing: ['Dvojna bremenitev {order}', 'Pozdravljeni,\n\nRačun {order} ({amount}) mi je bil zaračunan dvakrat. Mi lahko vrnete preplačilo?\n\n{name}'],
    bug: ['Izvoz pade z napako 500', 'Pozdravljeni,\n\nOd jutra se vsak izvoz konča z napako 500. Opravilo {order}. Imate motnjo?\n\n{name}'],
    phishing: ['Nujno: potrdite svojo privolitev', 'Spoštovani uporabnik,\n\nVaš predal bo blokiran, če v 24 urah ne potrdite nastavitev privolitve. Za odjavo od blokade se prijavite tukaj: http://secure-verify.example.net/privolitev\n\nVarnostna ekipa'],
    sale_question: ['Ali prodajate podatke?', 'Pozdravljeni,\n\nPrimerjam orodja za stranko. Ali {product} prodaja ali deli podatke strank z oglaševalci?\n\n{name}'],
    policy_question: ['Hramba dnevnikov', 'Pozdravljeni,\n\nKako dolgo hranite dnevnike zahtev in ali vsebujejo naslove IP?\n\n{name}'],
    out_of_office: ['Samodejni odgovor: {product}', 'Hvala za sporočilo. Do {date} sem odsotna in ne berem e-pošte. Za nujne zadeve: pisarna@example.com.\n\n{name}'],
  },
});
