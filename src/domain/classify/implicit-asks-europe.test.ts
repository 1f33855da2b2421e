import { describe, expect, it } from 'vitest';
import { classifyAlone } from './lexicon-alone.test-support.js';

// The lexicon alone, on sentences of our own (eleventh round): the right implied by the situation and never
// named, in the EU languages read by a basic list, typed with and without their marks; beside them the near
// misses that must stay no request: a product object, a price, a document, a question about something else.
const types = (body: string) => [...classifyAlone(body).types].sort();

describe('South Slavic, West Slavic and Baltic: implicit asks', () => {
  it.each([
    ['bg', 'restriction', 'Замразете профила ми, докато не приключи проверката.'],
    ['bg', 'opt_out_sale', 'Не давайте личните ми данни на рекламодатели.'],
    ['bg', 'rectification', 'Телефонът ми е грешен, правилният номер е 0888 123 456.'],
    ['bg', 'withdraw_consent', 'Вече не съм съгласна данните ми да се използват.'],
    ['hr', 'restriction', 'Zamrznite mi korisnički račun dok ne provjerite reklamaciju.'],
    ['hr', 'opt_out_sale', 'Molim vas, ne ustupajte moje podatke oglašivačima.'],
    ['hr', 'withdraw_consent', 'Vise se ne slazem s koristenjem mojih podataka.'],
    ['hr', 'access', 'Zanima me, što sve znate o meni?'],
    ['sl', 'restriction', 'Zamrznite moj uporabniški račun, dokler zadeve ne preverite.'],
    ['sl', 'rectification', 'V naročilu imam napačen naslov, prav je Celovška 12.'],
    ['sl', 'withdraw_consent', 'Ne strinjam se vec z obdelavo svojih podatkov.'],
    ['cs', 'restriction', 'Zmrazte prosím můj účet, než se stížnost vyřeší.'],
    ['cs', 'opt_out_sale', 'Nepredavejte moje osobni udaje reklamnim partnerum.'],
    ['cs', 'portability', 'Zašlete mi moje data ve formátu JSON, přecházím jinam.'],
    ['sk', 'restriction', 'Zmrazte, prosím, môj účet, kým sa to nevyrieši.'],
    ['sk', 'opt_out_sale', 'Neodovzdávajte moje údaje partnerom.'],
    ['sk', 'rectification', 'Máte u mňa zlé priezvisko, správne je Horváthová.'],
    ['lv', 'restriction', 'Iesaldējiet manu profilu, kamēr tiek pārbaudīta sūdzība.'],
    ['lv', 'access', 'Kādus datus par mani jūs glabājat?'],
    ['lv', 'portability', 'Pārceļos uz citu banku, atsūtiet manus datus CSV failā.'],
    ['lv', 'erasure', 'Saskaņā ar VDAR 17. pantu lūdzu dzēst visus manus personas datus.'],
    ['lt', 'restriction', 'Įšaldykite mano paskyrą, kol patikrinsite skundą.'],
    ['lt', 'objection', 'Nebenaudokite mano duomenų rinkodarai.'],
    ['lt', 'access', 'Ka apie mane zinote?'],
    ['lt', 'access', 'Norėčiau žinoti, kokius asmens duomenis apie mane saugote.'],
    ['bg', 'objection', 'Против съм да обработвате данните ми за маркетинг.'],
  ])('%s: reads %s in "%s"', (_, right, body) => {
    expect(types(body)).toEqual([right]);
  });
});

describe('Finnic, Hungarian, Greek, Romanian, Maltese and Irish: implicit asks', () => {
  it.each([
    ['et', 'restriction', 'Palun külmutage minu konto, kuni asja uuritakse.'],
    ['et', 'opt_out_sale', 'Ärge edastage minu andmeid reklaamifirmadele.'],
    ['et', 'withdraw_consent', 'Ma ei nõustu enam oma andmete kasutamisega.'],
    ['fi', 'restriction', 'Jaadyttakaa tilini, kunnes valitus on kasitelty.'],
    ['fi', 'opt_out_sale', 'Älkää luovuttako tietojani mainostajille.'],
    ['fi', 'withdraw_consent', 'Emme enää hyväksy tietojemme käsittelyä.'],
    ['hu', 'restriction', 'Fagyasszák be a fiókomat, amíg kivizsgálják a panaszt.'],
    ['hu', 'opt_out_sale', 'Ne adják ki az adataimat hirdetőknek.'],
    ['hu', 'rectification', 'Hibás a telefonszámom, a helyes szám 06 30 123 4567.'],
    ['el', 'restriction', 'Παγωστε τον λογαριασμο μου μεχρι να ελεγξετε την καταγγελια.'],
    ['el', 'opt_out_sale', 'Μη δίνετε τα δεδομένα μου σε διαφημιστές.'],
    ['el', 'rectification', 'Kalispera, to tilefono mou einai lathos, to swsto einai 6912345678.'],
    ['ro', 'restriction', 'Suspendați contul meu până se verifică reclamația.'],
    ['ro', 'opt_out_sale', 'Nu partajati datele mele cu agentii de publicitate.'],
    ['ro', 'withdraw_consent', 'Nu mai sunt de acord sa imi folositi datele.'],
    ['ro', 'opt_out_sale', 'Nu doresc ca datele mele să fie vândute altor firme.'],
    ['ro', 'restriction', 'Nu mai prelucrați datele mele până la soluționarea plângerii.'],
    ['el', 'rectification', 'Αλλάξτε παρακαλώ τη διεύθυνσή μου σε Πατησίων 20.'],
    ['mt', 'withdraw_consent', 'Bongu, qed nirtira l-kunsens tiegħi. Grazzi'],
    ['mt', 'rectification', 'L-isem tiegħi miktub ħażin fil-kont, jekk jogħġbok ibdluh.'],
    ['mt', 'opt_out_sale', 'Jekk jogħġbok tbigħux id-data tiegħi lil ħaddieħor.'],
    ['mt', 'restriction', 'Jekk jogħġbok iffriżaw il-kont tiegħi sakemm tiġi mistħarrġa l-kwistjoni.'],
    ['ga', 'access', 'Cén fhaisnéis atá agaibh fúm? Ba mhaith liom a fháil amach.'],
    ['ga', 'rectification', "Tá m'uimhir theileafóin mícheart agaibh, is é 087 123 4567 an ceann ceart."],
    ['ga', 'opt_out_sale', 'Ná díolaigí mo shonraí le comhlachtaí eile, le do thoil.'],
    ['ga', 'erasure', 'Scriosaigí gach rud fúm, le do thoil, níl mé ag iarraidh an tseirbhís níos mó.'],
  ])('%s: reads %s in "%s"', (_, right, body) => {
    expect(types(body)).toEqual([right]);
  });
});

describe('EU languages read by a basic list: near misses for the implicit asks', () => {
  it.each([
    ['bg', 'Замразете цените за следващия сезон, моля.'],
    ['bg', 'Не споделяйте тази презентация с клиенти.'],
    ['bg', 'Какво знаете за новата версия на приложението?'],
    ['hr', 'Nemojte dijeliti ovu prezentaciju s klijentima.'],
    ['hr', 'Zamrznite cijene do kraja godine.'],
    ['hr', 'Adresa tvrtke je pogrešna na ponudi.'],
    ['sl', 'Ne delite te predstavitve s strankami.'],
    ['sl', 'Zamrznite cene do konca leta.'],
    ['sl', 'Na računu je napačen naslov podjetja.'],
    ['cs', 'Nesdílejte tuto prezentaci se zákazníky.'],
    ['cs', 'Máte špatné číslo objednávky na faktuře.'],
    ['cs', 'Zmrazte ceny do konce roku.'],
    ['sk', 'Nezdieľajte túto prezentáciu so zákazníkmi.'],
    ['sk', 'Máte zlé číslo objednávky.'],
    ['sk', 'Zmrazte ceny do konca roka.'],
    ['lv', 'Iesaldējiet cenas līdz gada beigām.'],
    ['lv', 'Nenododiet šo prezentāciju klientiem.'],
    ['lv', 'Ko jūs zināt par jauno versiju?'],
    ['lv', 'Saskaņā ar līguma 15. pantu rēķins jāapmaksā desmit dienās.'],
    ['lt', 'Neperduokite šios prezentacijos klientams.'],
    ['lt', 'Įšaldykite kainas iki metų galo.'],
    ['lt', 'Ką žinote apie naują versiją?'],
    ['et', 'Külmutage hinnad aasta lõpuni.'],
    ['et', 'Ärge jagage seda esitlust klientidega.'],
    ['et', 'Mida te teate uuest versioonist?'],
    ['fi', 'Jäädyttäkää hinnat vuoden loppuun.'],
    ['fi', 'Älkää jakako tätä esitystä asiakkaille.'],
    ['fi', 'Mitä tiedätte uudesta versiosta?'],
    ['hu', 'Ne osszák meg ezt a prezentációt az ügyfelekkel.'],
    ['hu', 'Fagyasszák be az árakat az év végéig.'],
    ['hu', 'Mit tudnak az új verzióról?'],
    ['el', 'Παγώστε τις τιμές μέχρι το τέλος του χρόνου.'],
    ['el', 'Μη μοιράζεστε αυτή την παρουσίαση με πελάτες.'],
    ['el', 'Τι ξέρετε για τη νέα έκδοση;'],
    ['ro', 'Nu partajați această prezentare cu clienții.'],
    ['ro', 'Înghețați prețurile până la sfârșitul anului.'],
    ['ro', 'Numele firmei este greșit pe factură.'],
    ['mt', 'Jekk jogħġbok ikkoreġu l-fattura tax-xahar li għadda.'],
    ['mt', 'Jekk jogħġbok taqsmux din il-preżentazzjoni mal-klijenti.'],
    ['mt', "X'inhu l-prezz tal-pakkett il-ġdid, jekk jogħġbok?"],
    ['ga', 'Ná roinn an cur i láthair seo le custaiméirí, le do thoil.'],
    ['ga', 'Cén praghas atá ar an bpacáiste nua, le do thoil?'],
    ['ga', 'Seol an sonrasc chugam arís, le do thoil.'],
  ])('%s: no request in "%s"', (_, body) => {
    expect(types(body)).toEqual(['not_a_request']);
  });
});
