// Finnish: tietosuoja-asetus citations, tietosuojavaltuutettu.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const fi = compactPack({
  id: 'fi', locale: 'fi-FI', country: 'Finland', tz: '+0200', legacyCharset: 'iso-8859-15',
  names: ['Jussi Virtanen', 'Laura Mäkinen', 'Mikko Nieminen', 'Aino Korhonen', 'Ville Heikkinen', 'Sanna Laine'],
  law: 'EU:n yleisen tietosuoja-asetuksen', authority: 'tietosuojavaltuutetulle',
  articles: gdprArticles((n) => `tietosuoja-asetuksen ${n} artiklan`, 'tietosuoja-asetuksen 7 artiklan 3 kohdan', 'CCPA:n 1798.120 pykälän'),
  style: {
    hi: 'Hei,', dear: 'Arvoisa vastaanottaja,', thanks: 'Kiitos,', regards: 'Ystävällisin terveisin', mobile: 'Lähetetty iPhonesta',
    formalIntro: 'Käytän täten {law} mukaisia oikeuksiani.', deadline: 'Pyydän vastausta kuukauden kuluessa, kuten tietosuoja-asetuksen 12 artiklan 3 kohta edellyttää.',
    withdrawAny: 'Siltä osin kuin jokin käsittely perustuu suostumukseeni, peruutan sen täten.',
    angry: 'Kirjoitan tästä jo kolmatta kertaa, eikä kukaan ole vastannut. Tämä ei ole hyväksyttävää.',
    complaint: 'Jos en saa vastausta kuukauden kuluessa, teen valituksen {authority}.',
  },
  subjects: ['Tietopyyntö', 'Tietojeni oikaisu', 'Poistakaa tilini', 'Käsittelyn rajoittaminen', 'Mainossähköpostit', 'Tietojeni vienti', 'Suostumuksen peruuttaminen', 'Älkää myykö tietojani', 'Tilini', 'Kysymys tiedoistani'],
  asks: [
    ['Mitä henkilötietoja teillä on minusta? Lähettäkää minulle kopio.', '{art} nojalla pyydän vahvistusta siitä, käsitteleekö yrityksenne henkilötietojani, ja jos käsittelee, kopiota niistä sekä tiedot käsittelyn tarkoituksista, vastaanottajista, säilytysajasta ja lähteestä.', 'En ole käyttänyt {product}-palvelua kahteen vuoteen, ja mietin, mitä minusta on vielä tallessa. Voitteko näyttää kaiken, mikä liittyy osoitteeseen {email}?', 'Kertokaa, millaisia tietoja olette minusta keränneet, mistä ne ovat peräisin, mihin käytätte niitä ja kenelle olette niitä luovuttaneet.'],
    ['Sukunimeni on tilillä ja laskuissa muodossa "{wrong}". Oikea muoto on "{last}". Korjatkaa se.', '{art} nojalla vaadin virheellisen tiedon oikaisemista: sukunimeni on tallennettu muotoon "{wrong}", oikea on "{last}".', 'Muutin ja vaihdoin sähköpostiosoitetta. Päivittäkää tietoni, jotta kaikki tulee jatkossa osoitteeseen {newEmail}.', 'Minusta tallennettu profiili on vanhentunut ja puutteellinen: laskutusosoite ei ole ollut minun vuosiin, ja koko nimeni puuttuu. Päivittäkää se.'],
    ['Poistakaa tilini ja kaikki minua koskevat henkilötiedot.', '{art} nojalla vaadin kaikkien minua koskevien henkilötietojen poistamista, myös tilin ja varmuuskopioiden, lukuun ottamatta lain edellyttämiä säilytettäviä tietoja.', 'Olen lopettanut {product}-palvelun käytön. Sulkekaa tilini ja pyyhkikää kaikki, mitä teillä on minusta, en palaa.', 'Mieluiten teille ei jäisi minusta mitään: ei tiliä, ei vanhoja litterointeja, ei lokeja nimelläni. Antakaa kaiken vain kadota.'],
    ['Rajoittakaa tietojeni käsittelyä sillä aikaa, kun selvitätte laskun {order} kiistanalaisia veloituksia.', '{art} nojalla vaadin käsittelyn rajoittamista, koska kiistän tililläni olevien käyttötietojen paikkansapitävyyden. Säilyttäkää ne vain, kunnes asia on selvitetty.', 'Älkää poistako mitään, mutta älkää myöskään käyttäkö tietojani mihinkään ennen kuin laskua {order} koskeva valitukseni on ratkaistu.', 'Olen oikeusriidassa entisen liikekumppanin kanssa tästä tilistä. Siihen asti kun asia ratkeaa, jättäkää tietoni täsmälleen ennalleen: koskematta, käyttämättä ja poistamatta.'],
    ['Lopettakaa mainossähköpostien lähettäminen minulle. Haluan vain palveluviestit.', '{art} nojalla vastustan tietojeni käsittelyä analytiikkaa ja profilointia varten oikeutetun etunne perusteella.', 'En halua, että käyttötietojani käytetään tuotetutkimukseenne tai tilastoihin. Lopettakaa se.', 'ÄLKÄÄ sulkeko tiliäni. Haluan vain, ettei uutiskirjeitä ja tarjouksia enää tule, ja kertokaa etukäteen, jos vastustaminen johtaisi tilini poistamiseen.'],
    ['Voitteko lähettää tietoni JSON- tai CSV-muodossa?', '{art} nojalla pyydän toimittamaanani tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa.', 'Vaihdan toiseen työkaluun ja tarvitsen kaikki projektit, työhistorian ja asetukset tiedostona, jonka voin tuoda sinne.', 'Siirtäkää tilini tiedot suoraan {provider}-yritykselle, joka hoitaa tämän työn ensi kuusta alkaen. He odottavat JSON-tiedostoa.'],
    ['Peruutan suostumukseni uutiskirjeeseen ja analytiikkaevästeisiin.', 'Peruutan täten {art} mukaisesti antamani suostumuksen tietojeni käsittelyyn tuoteanalytiikkaa varten.', 'Rekisteröityessäni rastitin kohdan, jonka mukaan saatte käyttää lataamaani sisältöä mallienne parantamiseen. Perun sen luvan.', 'Annoin luvan käyttää nimeäni ja kuvaani asiakastarinassa. Otan luvan takaisin, poistakaa ne.'],
    ['Älkää myykö tai jakako henkilötietojani.', '{art} nojalla vaadin, ettette myy tai jaa henkilötietojani, ette myöskään käyttäytymiseen perustuvaa mainontaa varten. Asun Kaliforniassa.', 'Jättäkää minut kohdennetun mainonnan ja kaiken mainosprofiloinnin ulkopuolelle.', 'Myyttekö tietojani? Jos myytte, lopettakaa. En halua, että tietoni tai selailuni päätyvät mainostajille tai tietojen välittäjille.'],
  ],
  multi: [
    'Lähettäkää ensin kopio kaikista minusta olevista tiedoista. Kun olen saanut sen, poistakaa tilini ja kaikki tietoni.',
    'Pyydän pääsyä henkilötietoihini, myös käsittelyn tarkoituksiin ja vastaanottajiin. Lisäksi vastustan tietojeni käsittelyä suoramarkkinointia ja profilointia varten.',
    'Poistakaa tilini ja henkilötietoni. Siihen asti vastustan tietojeni käyttöä mainontaan.',
  ],
  negatives: {
    billing: ['Kaksinkertainen veloitus {order}', 'Hei,\n\nLasku {order} ({amount}) veloitettiin kahdesti. Voitteko palauttaa ylimääräisen summan?\n\n{name}'],
    bug: ['Vienti kaatuu virheeseen 500', 'Hei,\n\nAamusta asti jokainen vienti päättyy virheeseen 500. Työ {order}. Onko häiriö?\n\n{name}'],
    phishing: ['Kiireellinen: vahvista suostumuksesi', 'Hyvä käyttäjä,\n\nPostilaatikkosi suljetaan, jos et vahvista suostumusasetuksiasi 24 tunnin kuluessa. Kieltäydy sulkemisesta kirjautumalla: http://secure-verify.example.net/suostumus\n\nTietoturvatiimi'],
    sale_question: ['Myyttekö asiakastietoja?', 'Hei,\n\nVertailen työkaluja asiakkaalle. Myykö tai jakaako {product} asiakastietoja mainostajille?\n\n{name}'],
    policy_question: ['Lokien säilytys', 'Hei,\n\nKuinka kauan säilytätte pyyntölokeja, ja sisältävätkö ne IP-osoitteita?\n\n{name}'],
    out_of_office: ['Automaattinen vastaus: {product}', 'Kiitos viestistäsi. Olen lomalla {date} asti enkä lue sähköpostia. Kiireellisissä asioissa: toimisto@example.com.\n\n{name}'],
  },
});
