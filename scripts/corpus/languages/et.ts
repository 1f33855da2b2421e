// Estonian: isikuandmete kaitse üldmäärus (GDPR), Andmekaitse Inspektsioon.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const et = compactPack({
  id: 'et', locale: 'et-EE', country: 'Estonia', tz: '+0200', legacyCharset: 'iso-8859-15',
  names: ['Kadri Tamm', 'Martin Saar', 'Liis Mägi', 'Andres Kask', 'Triin Sepp', 'Rasmus Ilves'],
  law: 'isikuandmete kaitse üldmääruse (GDPR)', authority: 'Andmekaitse Inspektsioonile',
  articles: gdprArticles((n) => `GDPR artikli ${n}`, 'GDPR artikli 7 lõike 3', 'CCPA jaotise 1798.120'),
  style: {
    hi: 'Tere!', dear: 'Lugupeetud adressaat', thanks: 'Aitäh!', regards: 'Lugupidamisega', mobile: 'Saadetud minu iPhone’ist',
    formalIntro: 'Kasutan käesolevaga oma õigusi {law} alusel.', deadline: 'Palun vastake ühe kuu jooksul, nagu nõuab GDPR artikli 12 lõige 3.',
    withdrawAny: 'Kui mõni töötlemine põhineb minu nõusolekul, võtan selle käesolevaga tagasi.',
    angry: 'Kirjutan sel teemal juba kolmandat korda ja keegi pole vastanud. See on vastuvõetamatu.',
    complaint: 'Kui ma kuu aja jooksul vastust ei saa, esitan kaebuse {authority}.',
  },
  subjects: ['Andmetega tutvumise taotlus', 'Minu andmete parandamine', 'Kustutage minu konto', 'Töötlemise piiramine', 'Reklaamkirjad', 'Minu andmete eksport', 'Nõusoleku tagasivõtmine', 'Ärge müüge minu andmeid', 'Minu konto', 'Küsimus minu andmete kohta'],
  asks: [
    ['Milliseid isikuandmeid te minu kohta hoiate? Palun saatke mulle koopia.', '{art} alusel palun kinnitust, kas töötlete minu isikuandmeid, ja kui jah, siis nende koopiat koos töötlemise eesmärkide, vastuvõtjate, säilitamise aja ja allikaga.', 'Ma pole {product} teenust kaks aastat kasutanud ja tahaksin teada, mida te minust veel hoiate. Kas saate näidata kõike, mis on seotud aadressiga {email}?', 'Öelge mulle, mis liiki teavet olete minu kohta kogunud, kust see pärineb, milleks te seda kasutate ja kellele olete seda edastanud.'],
    ['Minu perekonnanimi on kontol ja arvetel kujul „{wrong}“. Õige on „{last}“. Palun parandage.', '{art} alusel nõuan ebaõigete andmete parandamist: minu perekonnanimi on kirjas kujul „{wrong}“, õige on „{last}“.', 'Kolisin ja mul on uus e-posti aadress. Palun uuendage mu andmeid, et kõik tuleks edaspidi aadressile {newEmail}.', 'Teie käes olev profiil on aegunud ja puudulik: arveaadress pole juba aastaid minu oma ja täisnimi puudub. Palun uuendage seda.'],
    ['Palun kustutage minu konto ja kõik minu isikuandmed.', '{art} alusel nõuan kõigi minuga seotud isikuandmete kustutamist, sealhulgas konto ja varukoopiate, välja arvatud need, mida peate seaduse järgi säilitama.', 'Olen {product} teenusega lõpetanud. Sulgege mu konto ja kustutage kõik, mis teil minust on, ma ei tule tagasi.', 'Kõige parem oleks, kui teie juurde ei jääks minust mitte midagi: ei kontot, ei vanu transkriptsioone ega minu nimega logisid. Laske lihtsalt kõigel kaduda.'],
    ['Palun piirake minu andmete töötlemist, kuni uurite arve {order} vaidlustatud makseid.', '{art} alusel nõuan töötlemise piiramist, sest vaidlustan minu kontoga seotud kasutusandmete õigsuse. Kuni asja selgumiseni palun ainult säilitage neid.', 'Ärge midagi kustutage, aga ärge kasutage ka mu andmeid millekski enne, kui arve {order} kohta esitatud kaebus on lahendatud.', 'Mul on selle konto pärast kohtuvaidlus endise äripartneriga. Kuni otsuseni jätke mu andmed täpselt nii, nagu need on: puutumata, kasutamata ja kustutamata.'],
    ['Palun lõpetage mulle reklaamkirjade saatmine. Soovin ainult teenuseteateid.', '{art} alusel esitan vastuväite minu andmete töötlemisele analüütika ja profiilianalüüsi eesmärgil teie õigustatud huvi alusel.', 'Ma ei taha, et mu kasutusandmed jõuaksid teie tooteuuringutesse või statistikasse. Lõpetage see.', 'ÄRGE sulgege minu kontot. Ma lihtsalt ei soovi enam uudiskirju ega pakkumisi, ja andke ette teada, kui vastuväide tooks kaasa konto kustutamise.'],
    ['Kas saate mu andmed JSON- või CSV-vormingus eksportida?', '{art} alusel palun teile esitatud andmeid struktureeritud, üldkasutatavas ja masinloetavas vormingus.', 'Lähen üle teisele tööriistale ja vajan kõiki projekte, tööde ajalugu ja seadeid failina, mida saan seal importida.', 'Palun edastage minu konto andmed otse ettevõttele {provider}, kes võtab selle töö järgmisest kuust üle. Nad ootavad JSON-faili.'],
    ['Võtan tagasi nõusoleku uudiskirjale ja analüütikaküpsistele.', 'Võtan käesolevaga tagasi {art} alusel antud nõusoleku minu andmete töötlemiseks tooteanalüüsi eesmärgil.', 'Registreerudes märkisin, et võite minu üleslaaditud sisu kasutada oma mudelite parandamiseks. Võtan selle loa tagasi.', 'Andsin loa kasutada oma nime ja fotot kliendiloos. Võtan selle loa tagasi, palun eemaldage need.'],
    ['Ärge müüge ega jagage minu isikuandmeid.', '{art} alusel nõuan, et te ei müüks ega jagaks minu isikuandmeid, sealhulgas käitumuslikuks reklaamiks. Elan Californias.', 'Palun jätke mind sihitud reklaamist ja igasugusest reklaamiprofiilimisest välja.', 'Kas te müüte mu andmeid? Kui jah, siis lõpetage. Ma ei taha, et mu andmed või sirvimisajalugu jõuaksid reklaamijate või andmemaakleriteni.'],
  ],
  multi: [
    'Saatke mulle kõigepealt koopia kõigist andmetest, mis teil minu kohta on. Kui olen selle kätte saanud, kustutage mu konto ja kõik andmed.',
    'Palun juurdepääsu oma isikuandmetele, sealhulgas eesmärkidele ja vastuvõtjatele. Lisaks esitan vastuväite oma andmete töötlemisele otseturunduse ja profiilianalüüsi eesmärgil.',
    'Kustutage minu konto ja isikuandmed. Seni esitan vastuväite minu andmete igasugusele kasutamisele reklaamiks.',
  ],
  negatives: {
    billing: ['Topeltmakse {order}', 'Tere!\n\nArve {order} ({amount}) võeti kaardilt kaks korda. Kas saate ülemakse tagastada?\n\n{name}'],
    bug: ['Eksport katkeb veaga 500', 'Tere!\n\nHommikust saati katkeb iga eksport veaga 500. Töö {order}. Kas on rike?\n\n{name}'],
    phishing: ['Kiire: kinnitage oma nõusolek', 'Hea kasutaja!\n\nTeie postkast suletakse, kui te 24 tunni jooksul nõusolekuseadeid ei kinnita. Sulgemisest loobumiseks logige sisse: http://secure-verify.example.net/nousolek\n\nTurvameeskond'],
    sale_question: ['Kas müüte andmeid?', 'Tere!\n\nVõrdlen kliendi jaoks tööriistu. Kas {product} müüb või jagab kliendiandmeid reklaamijatega?\n\n{name}'],
    policy_question: ['Logide säilitamine', 'Tere!\n\nKui kaua te päringulogisid säilitate ja kas neis on IP-aadresse?\n\n{name}'],
    out_of_office: ['Automaatvastus: {product}', 'Aitäh kirja eest. Olen kuni {date} puhkusel ega loe e-kirju. Kiireloomulistes küsimustes: kontor@example.com.\n\n{name}'],
  },
});
