// Maltese: GDPR (Regolament Ġenerali dwar il-Protezzjoni tad-Data), IDPC.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const mt = compactPack({
  id: 'mt', locale: 'mt-MT', country: 'Malta', tz: '+0100', legacyCharset: 'iso-8859-3',
  names: ['Maria Borg', 'Joseph Camilleri', 'Rita Vella', 'Mark Farrugia', 'Claire Zammit', 'Karl Grech'],
  law: 'Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR)', authority: 'Kummissarju għall-Informazzjoni u l-Protezzjoni tad-Data',
  articles: gdprArticles((n) => `l-Artikolu ${n} tal-GDPR`, 'l-Artikolu 7(3) tal-GDPR', 'it-taqsima 1798.120 tas-CCPA'),
  style: {
    hi: 'Bongu,', dear: 'Għażiż Sinjur/Sinjura,', thanks: 'Grazzi,', regards: 'Dejjem tiegħek,', mobile: 'Mibgħut mill-iPhone tiegħi',
    formalIntro: 'Permezz ta’ din l-ittra qed neżerċita d-drittijiet tiegħi taħt ir-{law}.', deadline: 'Nitlob tweġiba fi żmien xahar, kif jitlob l-Artikolu 12(3) tal-GDPR.',
    withdrawAny: 'Sa fejn xi pproċessar huwa bbażat fuq il-kunsens tiegħi, qed nirtira dak il-kunsens.',
    angry: 'Din hija t-tielet darba li qed nikteb u għadu ħadd ma wieġeb. Mhux aċċettabbli.',
    complaint: 'Jekk ma nirċievix tweġiba fi żmien xahar, se nressaq ilment quddiem il-{authority}.',
  },
  subjects: ['Talba għal aċċess għad-data', 'Korrezzjoni tad-dettalji tiegħi', 'Ħassru l-kont tiegħi', 'Restrizzjoni tal-ipproċessar', 'Emails ta’ reklamar', 'Esportazzjoni tad-data tiegħi', 'Irtirar tal-kunsens', 'Tbigħux id-data tiegħi', 'Il-kont tiegħi', 'Mistoqsija dwar id-data tiegħi'],
  asks: [
    ['Liema data personali għandkom dwari? Jekk jogħġbok ibagħtuli kopja.', 'Skont {art}, nitlob konferma jekk intom tipproċessaw data personali dwari u, jekk iva, kopja tagħha flimkien mal-għanijiet, ir-riċevituri, il-perjodu taż-żamma u s-sors.', 'Ilni sentejn ma nuża {product} u rrid inkun naf x’għad għandkom dwari. Tistgħu turuni dak kollu marbut ma’ {email}?', 'Għidli x’tip ta’ informazzjoni ġbartu dwari, minn fejn ġiet, għal xiex qed tużawha u lil min għaddejtuha.'],
    ['Il-kunjom tiegħi jidher bħala "{wrong}" fil-kont u fil-fatturi. Il-korrett huwa "{last}". Jekk jogħġbok ikkoreġuh.', 'Skont {art}, nitlob ir-rettifika ta’ data mhux preċiża: il-kunjom tiegħi huwa rreġistrat bħala "{wrong}", filwaqt li l-korrett huwa "{last}".', 'Biddilt id-dar u l-indirizz tal-email. Jekk jogħġbok aġġornaw id-dettalji tiegħi biex kollox jasal fuq {newEmail}.', 'Il-profil li għandkom dwari huwa qadim u mhux komplut: l-indirizz tal-fatturi m’għadux tiegħi u nieqes ismi sħiħ. Jekk jogħġbok aġġornawh.'],
    ['Jekk jogħġbok ħassru l-kont tiegħi u d-data personali kollha li għandkom dwari.', 'Skont {art}, nitlob it-tħassir tad-data personali kollha li tikkonċernani, inkluż il-kont u l-backups, ħlief dik li trid iżżommu bil-liġi.', 'Spiċċajt minn {product}. Agħlqu l-kont u neħħu kulma għandkom dwari, mhux se nerġa’ lura.', 'Nippreferi li ma jibqa’ xejn dwari għandkom: la kont, la traskrizzjonijiet qodma, la logs b’ismi. Agħmlu li kollox jisparixxi.'],
    ['Jekk jogħġbok irrestrinġu l-ipproċessar tad-data tiegħi waqt li qed tivverifikaw il-ħlasijiet ikkontestati tal-fattura {order}.', 'Skont {art}, nitlob ir-restrizzjoni tal-ipproċessar, għax qed nikkontesta l-preċiżjoni tad-data tal-użu fil-kont tiegħi. Sakemm jiġi ċċarat, żommuha biss maħżuna.', 'Tħassru xejn, imma lanqas tużaw id-data tiegħi għal xejn sakemm l-ilment tiegħi dwar il-fattura {order} jiġi solvut.', 'Għandi kawża legali ma’ eks sieħeb fin-negozju dwar dan il-kont. Sad-deċiżjoni, ħallu d-data tiegħi eżatt kif inhi: mhux mittiefsa, mhux użata u mhux imħassra.'],
    ['Jekk jogħġbok ieqfu ibagħtuli emails ta’ reklamar. Irrid biss avviżi dwar is-servizz.', 'Skont {art}, qed noġġezzjona għall-ipproċessar tad-data tiegħi għal analitika u profilazzjoni bbażati fuq l-interess leġittimu tagħkom.', 'Ma rridx li d-data tal-użu tiegħi tispiċċa fir-riċerka tal-prodott jew fl-istatistika tagħkom. Ieqfu.', 'TAGĦLQUX il-kont tiegħi. Irrid biss ma nirċievix aktar newsletters u promozzjonijiet, u għarrfuni minn qabel jekk l-oġġezzjoni twassal biex jitħassar il-kont.'],
    ['Tistgħu tibagħtuli esportazzjoni tad-data tiegħi f’JSON jew CSV?', 'Skont {art}, nitlob id-data li pprovdejtilkom f’format strutturat, użat b’mod komuni u li jinqara minn magna.', 'Se naqleb għal għodda oħra u għandi bżonn il-proġetti kollha, l-istorja tax-xogħlijiet u s-settings f’fajl li nista’ nimporta hemmhekk.', 'Jekk jogħġbok ittrasmettu d-data tal-kont tiegħi direttament lil {provider}, li mix-xahar id-dieħel se jieħdu f’idejhom dan ix-xogħol. Qed jistennew fajl JSON.'],
    ['Qed nirtira l-kunsens tiegħi għan-newsletter u għall-cookies analitiċi.', 'Qed nirtira l-kunsens li tajt skont {art} għall-ipproċessar tad-data tiegħi għall-analiżi tal-prodott.', 'Meta rreġistrajt immarkajt li tistgħu tużaw il-kontenut li ntella’ biex intejbu l-mudelli tagħkom. Qed nirrevoka dak il-permess.', 'Tajtkom permess tużaw ismi u r-ritratt tiegħi fi storja ta’ klijent. Qed nieħu lura dak il-permess, jekk jogħġbok neħħuhom.'],
    ['Tbigħux u taqsmux l-informazzjoni personali tiegħi.', 'Skont {art}, nitlob li ma tbigħux u ma taqsmux l-informazzjoni personali tiegħi, lanqas għal reklamar ibbażat fuq l-imġiba. Noqgħod f’Kalifornja.', 'Jekk jogħġbok eskluduni mir-reklamar immirat u minn kull profilazzjoni għar-reklami.', 'Qed tbigħu d-data tiegħi? Jekk iva, ieqfu. Ma rridx li l-informazzjoni jew il-browsing tiegħi jaslu għand dawk li jirreklamaw jew sensara tad-data.'],
  ],
  multi: [
    'L-ewwel ibagħtuli kopja tad-data kollha li għandkom dwari. Meta nirċeviha, ħassru l-kont u d-data kollha tiegħi.',
    'Nitlob aċċess għad-data personali tiegħi, inklużi l-għanijiet u r-riċevituri. Barra minn hekk, noġġezzjona għal kull ipproċessar tad-data tiegħi għal marketing dirett u profilazzjoni.',
    'Ħassru l-kont u d-data personali tiegħi. Sa dakinhar, noġġezzjona għal kull użu tad-data tiegħi għar-reklamar.',
  ],
  negatives: {
    billing: ['Ħlas doppju {order}', 'Bongu,\n\nIl-fattura {order} ({amount}) ġiet imħallsa darbtejn mill-karta. Tistgħu tirrifondu d-differenza?\n\n{name}'],
    bug: ['L-esportazzjoni tfalli bi żball 500', 'Bongu,\n\nMinn dalgħodu kull esportazzjoni tfalli bi żball 500. Xogħol {order}. Hemm xi ħsara?\n\n{name}'],
    phishing: ['Urġenti: ikkonferma l-kunsens tiegħek', 'Għażiż utent,\n\nIl-kaxxa postali tiegħek se tiġi sospiża jekk ma tikkonfermax is-settings tal-kunsens fi żmien 24 siegħa. Biex toħroġ mis-sospensjoni, idħol hawn: http://secure-verify.example.net/kunsens\n\nTim tas-Sigurtà'],
    sale_question: ['Tbigħu d-data?', 'Bongu,\n\nQed inqabbel għodod għal klijent. {product} ibigħ jew jaqsam data tal-klijenti ma’ min jirreklama?\n\n{name}'],
    policy_question: ['Żamma tal-logs', 'Bongu,\n\nKemm iżżommu l-logs tat-talbiet, u fihom indirizzi IP?\n\n{name}'],
    out_of_office: ['Tweġiba awtomatika: {product}', 'Grazzi tal-messaġġ. Jien barra mill-uffiċċju sa {date} u mhux qed naqra l-emails. Għal affarijiet urġenti: uffiċċju@example.com.\n\n{name}'],
  },
});
