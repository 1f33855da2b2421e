// More hard negatives of train kinds for the full packs (train only): questions about how data is kept, a
// corrected invoice, a permissions bug. They use request words (access, correct, stored, kept) without any
// ask about the writer's own personal data, so the model does not learn those words as a request.
import { type ExtraNegative } from '../../types.js';

const STORAGE = 'policy question: where data is stored, encryption, who can access it (no ask about own data)';
const BACKUPS = 'policy question: backups after cancellation, transfers outside the EU (no ask about own data)';
const VAT = 'billing: invoice with the wrong VAT rate, asks for a corrected invoice';
const ACCESS_BUG = 'bug report: viewers get "access denied" on shared reports';

/** [storage question, backups question, VAT invoice, access bug], each [subject, body]. */
type Four = readonly [readonly [string, string], readonly [string, string], readonly [string, string], readonly [string, string]];

function four([storage, backups, vat, bug]: Four): readonly ExtraNegative[] {
  return [
    { kind: 'policy_question', note: STORAGE, subject: storage[0], body: storage[1] },
    { kind: 'policy_question', note: BACKUPS, subject: backups[0], body: backups[1] },
    { kind: 'billing', note: VAT, subject: vat[0], body: vat[1] },
    { kind: 'bug', note: ACCESS_BUG, subject: bug[0], body: bug[1] },
  ];
}

export const EXTRA_NEGATIVES: Readonly<Record<string, readonly ExtraNegative[]>> = {
  en: four([
    ['Where is customer data stored?', 'Hi,\n\nwe are evaluating {product} for our team. Where are your servers located, is customer data encrypted at rest, and which of your staff can access it?\n\nThanks,\n{name}'],
    ['Backups after cancellation', 'Hello,\n\nbefore we sign: how long are backups kept after a customer cancels, and is any data processed outside the EU?\n\nBest,\n{name}'],
    ['Wrong VAT on {order}', 'Hi,\n\ninvoice {order} shows 19% VAT but our reverse-charge VAT number is on the account. Could you issue a corrected invoice?\n\nThanks,\n{name}'],
    ['"Access denied" on shared reports', 'Hi,\n\nsince yesterday colleagues with the viewer role get "access denied" when they open a shared report. Admins can still see it. Is this a known issue?\n\n{name}'],
  ]),
  de: four([
    ['Wo werden Kundendaten gespeichert?', 'Hallo,\n\nwir prüfen {product} für unser Team. Wo stehen Ihre Server, werden Kundendaten verschlüsselt gespeichert, und wer bei Ihnen hat Zugriff darauf?\n\nDanke\n{name}'],
    ['Backups nach Kündigung', 'Guten Tag,\n\nvor Vertragsschluss eine Frage: Wie lange bewahren Sie Backups nach einer Kündigung auf, und werden Daten außerhalb der EU verarbeitet?\n\nViele Grüße\n{name}'],
    ['Falsche Umsatzsteuer auf {order}', 'Hallo,\n\nauf der Rechnung {order} sind 19 % USt. ausgewiesen, obwohl unsere USt-IdNr. hinterlegt ist (Reverse Charge). Können Sie eine korrigierte Rechnung ausstellen?\n\nDanke\n{name}'],
    ['„Zugriff verweigert“ bei geteilten Berichten', 'Hallo,\n\nseit gestern bekommen Kollegen mit der Rolle Betrachter „Zugriff verweigert“, wenn sie einen geteilten Bericht öffnen. Admins sehen ihn noch. Ist das ein bekannter Fehler?\n\n{name}'],
  ]),
  fr: four([
    ['Où sont stockées les données clients ?', "Bonjour,\n\nnous évaluons {product} pour notre équipe. Où se trouvent vos serveurs, les données clients sont-elles chiffrées au repos, et qui chez vous peut y accéder ?\n\nMerci,\n{name}"],
    ['Sauvegardes après résiliation', "Bonjour,\n\navant de signer : combien de temps gardez-vous les sauvegardes après la résiliation d'un client, et des données sont-elles traitées hors de l'UE ?\n\nCordialement,\n{name}"],
    ['TVA erronée sur {order}', "Bonjour,\n\nla facture {order} applique 20 % de TVA alors que notre numéro de TVA intracommunautaire est enregistré (autoliquidation). Pouvez-vous émettre une facture corrigée ?\n\nMerci,\n{name}"],
    ['« Accès refusé » sur les rapports partagés', "Bonjour,\n\ndepuis hier, les collègues avec le rôle lecteur obtiennent « accès refusé » en ouvrant un rapport partagé. Les administrateurs le voient toujours. Est-ce un problème connu ?\n\n{name}"],
  ]),
  es: four([
    ['¿Dónde se almacenan los datos de clientes?', 'Hola:\n\nestamos evaluando {product} para nuestro equipo. ¿Dónde están sus servidores, se cifran los datos de clientes en reposo y quién de su personal puede acceder a ellos?\n\nGracias,\n{name}'],
    ['Copias de seguridad tras la baja', 'Buenos días:\n\nantes de firmar: ¿cuánto tiempo conservan las copias de seguridad cuando un cliente se da de baja y se tratan datos fuera de la UE?\n\nSaludos,\n{name}'],
    ['IVA incorrecto en {order}', 'Hola:\n\nla factura {order} aplica un 21 % de IVA, pero nuestro NIF intracomunitario consta en la cuenta (inversión del sujeto pasivo). ¿Pueden emitir una factura rectificada?\n\nGracias,\n{name}'],
    ['"Acceso denegado" en informes compartidos', 'Hola:\n\ndesde ayer los compañeros con el rol de lector reciben "acceso denegado" al abrir un informe compartido. Los administradores sí lo ven. ¿Es un error conocido?\n\n{name}'],
  ]),
  it: four([
    ['Dove sono conservati i dati dei clienti?', 'Buongiorno,\n\nstiamo valutando {product} per il nostro team. Dove si trovano i vostri server, i dati dei clienti sono cifrati a riposo e chi del vostro personale può accedervi?\n\nGrazie,\n{name}'],
    ['Backup dopo la disdetta', 'Buongiorno,\n\nprima di firmare: per quanto tempo conservate i backup dopo la disdetta di un cliente, e trattate dati fuori dall\'UE?\n\nCordiali saluti,\n{name}'],
    ['IVA errata su {order}', 'Buongiorno,\n\nla fattura {order} applica l\'IVA al 22 %, ma la nostra partita IVA comunitaria è registrata (inversione contabile). Potete emettere una fattura corretta?\n\nGrazie,\n{name}'],
    ['"Accesso negato" sui report condivisi', 'Ciao,\n\nda ieri i colleghi con il ruolo di visualizzatore ricevono "accesso negato" quando aprono un report condiviso. Gli amministratori lo vedono ancora. È un problema noto?\n\n{name}'],
  ]),
  nl: four([
    ['Waar worden klantgegevens opgeslagen?', 'Hallo,\n\nwe evalueren {product} voor ons team. Waar staan uw servers, worden klantgegevens versleuteld opgeslagen en wie van uw medewerkers heeft er toegang toe?\n\nBedankt,\n{name}'],
    ['Back-ups na opzegging', 'Goedendag,\n\nvoordat we tekenen: hoe lang bewaart u back-ups nadat een klant opzegt, en worden er gegevens buiten de EU verwerkt?\n\nMet vriendelijke groet,\n{name}'],
    ['Verkeerde btw op {order}', 'Hallo,\n\nop factuur {order} staat 21% btw, terwijl ons btw-nummer op het account staat (btw verlegd). Kunt u een gecorrigeerde factuur sturen?\n\nBedankt,\n{name}'],
    ['"Toegang geweigerd" bij gedeelde rapporten', 'Hoi,\n\nsinds gisteren krijgen collega\'s met de rol kijker "toegang geweigerd" als ze een gedeeld rapport openen. Beheerders zien het nog wel. Is dit een bekend probleem?\n\n{name}'],
  ]),
  pl: four([
    ['Gdzie przechowywane są dane klientów?', 'Dzień dobry,\n\noceniamy {product} dla naszego zespołu. Gdzie znajdują się Państwa serwery, czy dane klientów są szyfrowane i kto z Państwa pracowników ma do nich dostęp?\n\nDziękuję,\n{name}'],
    ['Kopie zapasowe po rezygnacji', 'Dzień dobry,\n\nprzed podpisaniem umowy: jak długo przechowują Państwo kopie zapasowe po rezygnacji klienta i czy dane są przetwarzane poza UE?\n\nPozdrawiam,\n{name}'],
    ['Błędny VAT na {order}', 'Dzień dobry,\n\nna fakturze {order} naliczono 23% VAT, choć nasz numer VAT UE jest zapisany na koncie (odwrotne obciążenie). Czy mogą Państwo wystawić fakturę korygującą?\n\nDziękuję,\n{name}'],
    ['„Odmowa dostępu” do udostępnionych raportów', 'Dzień dobry,\n\nod wczoraj współpracownicy z rolą przeglądającego dostają „odmowa dostępu” przy otwieraniu udostępnionego raportu. Administratorzy nadal go widzą. Czy to znany błąd?\n\n{name}'],
  ]),
  pt: four([
    ['Onde são guardados os dados dos clientes?', 'Olá,\n\nestamos a avaliar o {product} para a nossa equipa. Onde ficam os vossos servidores, os dados dos clientes são cifrados em repouso e quem da vossa equipa lhes pode aceder?\n\nObrigado,\n{name}'],
    ['Cópias de segurança após cancelamento', 'Bom dia,\n\nantes de assinarmos: durante quanto tempo guardam as cópias de segurança depois de um cliente cancelar, e há dados tratados fora da UE?\n\nCumprimentos,\n{name}'],
    ['IVA errado na {order}', 'Olá,\n\na fatura {order} tem IVA a 23 %, mas o nosso NIF intracomunitário está na conta (autoliquidação). Podem emitir uma fatura retificada?\n\nObrigado,\n{name}'],
    ['"Acesso negado" nos relatórios partilhados', 'Olá,\n\ndesde ontem os colegas com o perfil de leitor recebem "acesso negado" ao abrir um relatório partilhado. Os administradores continuam a vê-lo. É um problema conhecido?\n\n{name}'],
  ]),
  'pt-BR': four([
    ['Onde os dados dos clientes ficam armazenados?', 'Olá,\n\nestamos avaliando o {product} para o nosso time. Onde ficam os servidores de vocês, os dados dos clientes são criptografados e quem da equipe de vocês tem acesso a eles?\n\nObrigada,\n{name}'],
    ['Backups após o cancelamento', 'Bom dia,\n\nantes de assinar: por quanto tempo vocês guardam os backups depois que um cliente cancela, e algum dado é tratado fora do Brasil?\n\nAtenciosamente,\n{name}'],
    ['Imposto errado na nota {order}', 'Olá,\n\na nota fiscal {order} saiu com a alíquota de ISS errada para o nosso município. Vocês podem emitir uma nota corrigida?\n\nObrigada,\n{name}'],
    ['"Acesso negado" nos relatórios compartilhados', 'Oi,\n\ndesde ontem os colegas com o perfil de leitor recebem "acesso negado" ao abrir um relatório compartilhado. Os administradores ainda veem. É um problema conhecido?\n\n{name}'],
  ]),
  sv: four([
    ['Var lagras kunddata?', 'Hej,\n\nvi utvärderar {product} för vårt team. Var står era servrar, krypteras kunddata i vila och vilka hos er har åtkomst till den?\n\nTack,\n{name}'],
    ['Säkerhetskopior efter uppsägning', 'Hej,\n\ninnan vi skriver på: hur länge sparar ni säkerhetskopior efter att en kund säger upp sig, och behandlas någon data utanför EU?\n\nVänliga hälsningar,\n{name}'],
    ['Fel moms på {order}', 'Hej,\n\nfaktura {order} har 25 % moms fast vårt momsregistreringsnummer finns på kontot (omvänd skattskyldighet). Kan ni skicka en rättad faktura?\n\nTack,\n{name}'],
    ['"Åtkomst nekad" på delade rapporter', 'Hej,\n\nsedan i går får kollegor med rollen läsare "åtkomst nekad" när de öppnar en delad rapport. Administratörer ser den fortfarande. Är det ett känt fel?\n\n{name}'],
  ]),
  da: four([
    ['Hvor opbevares kundedata?', 'Hej,\n\nvi vurderer {product} til vores team. Hvor står jeres servere, krypteres kundedata, og hvem hos jer har adgang til dem?\n\nTak,\n{name}'],
    ['Backup efter opsigelse', 'Hej,\n\nfør vi skriver under: hvor længe gemmer I backups, efter en kunde har opsagt, og behandles der data uden for EU?\n\nVenlig hilsen,\n{name}'],
    ['Forkert moms på {order}', 'Hej,\n\nfaktura {order} har 25 % moms, selv om vores momsnummer står på kontoen (omvendt betalingspligt). Kan I sende en rettet faktura?\n\nTak,\n{name}'],
    ['"Adgang nægtet" på delte rapporter', 'Hej,\n\nsiden i går får kolleger med rollen læser "adgang nægtet", når de åbner en delt rapport. Administratorer kan stadig se den. Er det en kendt fejl?\n\n{name}'],
  ]),
};
