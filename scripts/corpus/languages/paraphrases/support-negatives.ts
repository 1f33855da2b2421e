// Support and billing mail about the product's own things, for the full packs (train only): deleting or
// restoring a project, exporting invoices or a report, a new billing contact, a colleague to remove, sign-in
// trouble. They use the verbs of the rights (delete, export, change, recover) on objects that are not the
// writer's personal data, so that the model learns the object, not the verb, as the sign of a request.
// Written fresh: none is a wording of the validation kind (one failed job deleted in a kept account).
import { type ExtraNegative, type Paraphrases } from '../../types.js';

const PROJECT = 'support: how to delete a project in a team workspace (no ask about own data)';
const INVOICES = 'billing: export of the company invoices as CSV for the accountant';
const CONTACT = 'billing: new billing contact for the company account';
const LOGIN = 'support: locked out, asks to recover the account and keep everything';
const REPORT = 'support: how to export a dashboard report to a spreadsheet';
const MEMBER = 'support: remove a former colleague from the workspace';

/** [project, invoices, billing contact, login, report, member], each [subject, body]. */
type Six = readonly [
  readonly [string, string],
  readonly [string, string],
  readonly [string, string],
  readonly [string, string],
  readonly [string, string],
  readonly [string, string],
];

function six([project, invoices, contact, login, report, member]: Six): readonly ExtraNegative[] {
  return [
    { kind: 'bug', note: PROJECT, subject: project[0], body: project[1] },
    { kind: 'billing', note: INVOICES, subject: invoices[0], body: invoices[1] },
    { kind: 'billing', note: CONTACT, subject: contact[0], body: contact[1] },
    { kind: 'bug', note: LOGIN, subject: login[0], body: login[1] },
    { kind: 'bug', note: REPORT, subject: report[0], body: report[1] },
    { kind: 'bug', note: MEMBER, subject: member[0], body: member[1] },
  ];
}

export const SUPPORT_NEGATIVES: Readonly<Record<string, readonly ExtraNegative[]>> = {
  en: six([
    ['How to delete a project?', 'Hi,\n\nhow do I delete a project in our {product} workspace? The "delete" option is greyed out for me although I created it.\n\nThanks,\n{name}'],
    ['Invoices as CSV', 'Hello,\n\nour accountant needs all our invoices from last year. Can we export them as a CSV or Excel file from the billing page?\n\nBest,\n{name}'],
    ['New billing contact', 'Hi,\n\nplease change the billing contact for our company account to our finance department from next month. Invoices should no longer go to me.\n\nThanks,\n{name}'],
    ['Locked out of my account', "Hi,\n\nI can't log in since the update, the password reset link says it has expired. Please help me recover my account, and please don't delete anything, all our work is in there.\n\n{name}"],
    ['Export a dashboard', 'Hello,\n\nis there a way to export the monthly dashboard report to Excel or Google Sheets? I want to share the figures with my manager.\n\n{name}'],
    ['Remove a former colleague', 'Hi,\n\na colleague left the company last week. How do I remove her from our workspace and move her projects to me?\n\nThanks,\n{name}'],
  ]),
  de: six([
    ['Projekt löschen?', 'Hallo,\n\nwie kann ich in unserem {product}-Arbeitsbereich ein Projekt löschen? Die Option ist bei mir ausgegraut, obwohl ich es angelegt habe.\n\nDanke\n{name}'],
    ['Rechnungen als CSV', 'Guten Tag,\n\nunsere Steuerberaterin braucht alle Rechnungen des letzten Jahres. Können wir sie auf der Abrechnungsseite als CSV- oder Excel-Datei exportieren?\n\nViele Grüße\n{name}'],
    ['Neuer Rechnungskontakt', 'Hallo,\n\nbitte ändern Sie ab nächstem Monat den Rechnungskontakt für unser Firmenkonto auf unsere Buchhaltung. Die Rechnungen sollen nicht mehr an mich gehen.\n\nDanke\n{name}'],
    ['Kein Zugang mehr', 'Hallo,\n\nseit dem Update kann ich mich nicht mehr anmelden, der Link zum Zurücksetzen des Passworts ist abgelaufen. Bitte helfen Sie mir, wieder in das Konto zu kommen, und löschen Sie bitte nichts, unsere ganze Arbeit steckt darin.\n\n{name}'],
    ['Dashboard exportieren', 'Hallo,\n\nkann man den monatlichen Dashboard-Bericht nach Excel exportieren? Ich möchte die Zahlen mit meinem Chef teilen.\n\n{name}'],
    ['Ehemalige Kollegin entfernen', 'Hallo,\n\neine Kollegin hat das Unternehmen verlassen. Wie entferne ich sie aus unserem Arbeitsbereich und übertrage ihre Projekte auf mich?\n\nDanke\n{name}'],
  ]),
  fr: six([
    ['Supprimer un projet ?', "Bonjour,\n\ncomment supprimer un projet dans notre espace de travail {product} ? L'option est grisée pour moi alors que c'est moi qui l'ai créé.\n\nMerci,\n{name}"],
    ['Factures en CSV', "Bonjour,\n\nnotre comptable a besoin de toutes nos factures de l'an dernier. Peut-on les exporter en CSV ou en Excel depuis la page de facturation ?\n\nCordialement,\n{name}"],
    ['Nouveau contact de facturation', "Bonjour,\n\nmerci de remplacer le contact de facturation de notre compte entreprise par notre service comptable à partir du mois prochain. Les factures ne doivent plus m'être envoyées.\n\nMerci,\n{name}"],
    ['Impossible de me connecter', "Bonjour,\n\nje n'arrive plus à me connecter depuis la mise à jour, le lien de réinitialisation du mot de passe a expiré. Aidez-moi à récupérer l'accès au compte, et ne supprimez rien surtout, tout notre travail est dedans.\n\n{name}"],
    ['Exporter un tableau de bord', "Bonjour,\n\nest-il possible d'exporter le rapport mensuel du tableau de bord vers Excel ? Je voudrais partager les chiffres avec ma responsable.\n\n{name}"],
    ['Retirer un ancien collègue', "Bonjour,\n\nun collègue a quitté l'entreprise. Comment le retirer de notre espace de travail et récupérer ses projets ?\n\nMerci,\n{name}"],
  ]),
  es: six([
    ['¿Cómo borrar un proyecto?', 'Hola:\n\n¿cómo puedo borrar un proyecto en nuestro espacio de trabajo de {product}? La opción me aparece desactivada aunque lo creé yo.\n\nGracias,\n{name}'],
    ['Facturas en CSV', 'Buenos días:\n\nnuestra gestoría necesita todas las facturas del año pasado. ¿Podemos exportarlas en CSV o Excel desde la página de facturación?\n\nSaludos,\n{name}'],
    ['Nuevo contacto de facturación', 'Hola:\n\npor favor, cambien el contacto de facturación de la cuenta de la empresa a nuestro departamento de contabilidad a partir del mes que viene. Las facturas ya no deben llegarme a mí.\n\nGracias,\n{name}'],
    ['No puedo entrar', 'Hola:\n\ndesde la actualización no puedo iniciar sesión y el enlace para restablecer la contraseña ha caducado. Ayúdenme a recuperar el acceso a la cuenta y, por favor, no borren nada, ahí está todo nuestro trabajo.\n\n{name}'],
    ['Exportar un panel', 'Hola:\n\n¿se puede exportar el informe mensual del panel a Excel? Quiero compartir las cifras con mi jefa.\n\n{name}'],
    ['Quitar a un antiguo compañero', 'Hola:\n\nun compañero se ha ido de la empresa. ¿Cómo lo quito de nuestro espacio de trabajo y paso sus proyectos a mi nombre?\n\nGracias,\n{name}'],
  ]),
  it: six([
    ['Come eliminare un progetto?', "Buongiorno,\n\ncome posso eliminare un progetto nel nostro spazio di lavoro {product}? L'opzione è disattivata anche se l'ho creato io.\n\nGrazie,\n{name}"],
    ['Fatture in CSV', "Buongiorno,\n\nil nostro commercialista ha bisogno di tutte le fatture dell'anno scorso. Possiamo esportarle in CSV o Excel dalla pagina di fatturazione?\n\nCordiali saluti,\n{name}"],
    ['Nuovo referente per la fatturazione', "Buongiorno,\n\nvi chiedo di cambiare dal mese prossimo il referente di fatturazione dell'account aziendale con il nostro ufficio amministrazione. Le fatture non devono più arrivare a me.\n\nGrazie,\n{name}"],
    ['Non riesco ad accedere', "Buongiorno,\n\ndopo l'aggiornamento non riesco più ad accedere e il link per reimpostare la password è scaduto. Aiutatemi a recuperare l'accesso all'account e per favore non cancellate nulla, c'è tutto il nostro lavoro.\n\n{name}"],
    ['Esportare una dashboard', "Ciao,\n\nsi può esportare il report mensile della dashboard in Excel? Vorrei condividere i numeri con il mio responsabile.\n\n{name}"],
    ['Rimuovere un ex collega', "Buongiorno,\n\nun collega ha lasciato l'azienda. Come lo rimuovo dal nostro spazio di lavoro e sposto i suoi progetti su di me?\n\nGrazie,\n{name}"],
  ]),
  nl: six([
    ['Project verwijderen?', 'Hallo,\n\nhoe verwijder ik een project in onze {product}-werkruimte? De optie is bij mij grijs, terwijl ik het zelf heb aangemaakt.\n\nBedankt,\n{name}'],
    ['Facturen als CSV', 'Goedendag,\n\nonze boekhouder heeft alle facturen van vorig jaar nodig. Kunnen we die op de factuurpagina als CSV- of Excel-bestand exporteren?\n\nMet vriendelijke groet,\n{name}'],
    ['Nieuw factuurcontact', 'Hallo,\n\nwilt u vanaf volgende maand het factuurcontact van ons bedrijfsaccount wijzigen naar onze administratie? De facturen hoeven niet meer naar mij.\n\nBedankt,\n{name}'],
    ['Kan niet inloggen', 'Hallo,\n\nsinds de update kan ik niet meer inloggen en de link om mijn wachtwoord te herstellen is verlopen. Helpt u mij weer in het account te komen, en verwijder alstublieft niets, al ons werk staat erin.\n\n{name}'],
    ['Dashboard exporteren', 'Hoi,\n\nkan ik het maandelijkse dashboardrapport naar Excel exporteren? Ik wil de cijfers met mijn manager delen.\n\n{name}'],
    ['Oud-collega verwijderen', 'Hallo,\n\neen collega is uit dienst. Hoe haal ik haar uit onze werkruimte en zet ik haar projecten op mijn naam?\n\nBedankt,\n{name}'],
  ]),
  pl: six([
    ['Jak usunąć projekt?', 'Dzień dobry,\n\njak usunąć projekt w naszej przestrzeni roboczej {product}? Opcja jest u mnie wyszarzona, choć to ja go założyłem.\n\nDziękuję,\n{name}'],
    ['Faktury w CSV', 'Dzień dobry,\n\nnasza księgowa potrzebuje wszystkich faktur z zeszłego roku. Czy można je wyeksportować do CSV lub Excela ze strony rozliczeń?\n\nPozdrawiam,\n{name}'],
    ['Nowy kontakt do faktur', 'Dzień dobry,\n\nproszę od przyszłego miesiąca zmienić kontakt rozliczeniowy konta firmowego na nasz dział księgowości. Faktury nie powinny już trafiać do mnie.\n\nDziękuję,\n{name}'],
    ['Nie mogę się zalogować', 'Dzień dobry,\n\nod aktualizacji nie mogę się zalogować, a link do resetu hasła wygasł. Proszę pomóc mi odzyskać dostęp do konta i niczego nie usuwać, jest tam cała nasza praca.\n\n{name}'],
    ['Eksport pulpitu', 'Cześć,\n\nczy da się wyeksportować miesięczny raport z pulpitu do Excela? Chcę pokazać liczby kierownikowi.\n\n{name}'],
    ['Usunięcie byłej koleżanki', 'Dzień dobry,\n\nkoleżanka odeszła z firmy. Jak usunąć ją z naszej przestrzeni roboczej i przenieść jej projekty na mnie?\n\nDziękuję,\n{name}'],
  ]),
  pt: six([
    ['Como apagar um projeto?', 'Olá,\n\ncomo posso apagar um projeto no nosso espaço de trabalho {product}? A opção aparece desativada, embora tenha sido eu a criá-lo.\n\nObrigado,\n{name}'],
    ['Faturas em CSV', 'Bom dia,\n\no nosso contabilista precisa de todas as faturas do ano passado. Podemos exportá-las em CSV ou Excel a partir da página de faturação?\n\nCumprimentos,\n{name}'],
    ['Novo contacto de faturação', 'Olá,\n\npor favor alterem, a partir do próximo mês, o contacto de faturação da conta da empresa para o nosso departamento financeiro. As faturas já não devem vir para mim.\n\nObrigado,\n{name}'],
    ['Não consigo entrar', 'Olá,\n\ndesde a atualização não consigo iniciar sessão e o link para repor a palavra-passe expirou. Ajudem-me a recuperar o acesso à conta e, por favor, não apaguem nada, está lá todo o nosso trabalho.\n\n{name}'],
    ['Exportar um painel', 'Olá,\n\né possível exportar o relatório mensal do painel para Excel? Quero partilhar os números com a minha chefe.\n\n{name}'],
    ['Remover um antigo colega', 'Olá,\n\num colega saiu da empresa. Como o removo do nosso espaço de trabalho e passo os projetos dele para mim?\n\nObrigado,\n{name}'],
  ]),
  'pt-BR': six([
    ['Como excluir um projeto?', 'Oi,\n\ncomo eu excluo um projeto no nosso espaço de trabalho do {product}? A opção aparece desabilitada, mesmo tendo sido eu que criei.\n\nValeu,\n{name}'],
    ['Notas fiscais em CSV', 'Bom dia,\n\nnosso contador precisa de todas as notas fiscais do ano passado. Dá para exportar em CSV ou Excel pela página de cobrança?\n\nAtenciosamente,\n{name}'],
    ['Novo contato de cobrança', 'Olá,\n\npor favor mudem o contato de cobrança da conta da empresa para o nosso financeiro a partir do mês que vem. As faturas não devem mais vir para mim.\n\nObrigada,\n{name}'],
    ['Não consigo entrar', 'Oi,\n\ndepois da atualização não consigo fazer login e o link de redefinir a senha expirou. Me ajudem a recuperar o acesso à conta e, por favor, não apaguem nada, todo o nosso trabalho está lá.\n\n{name}'],
    ['Exportar um painel', 'Oi,\n\ntem como exportar o relatório mensal do painel para o Excel? Quero mostrar os números para o meu gestor.\n\n{name}'],
    ['Remover ex-colega', 'Olá,\n\numa colega saiu da empresa. Como removo ela do nosso espaço de trabalho e transfiro os projetos dela para mim?\n\nObrigado,\n{name}'],
  ]),
  sv: six([
    ['Hur tar jag bort ett projekt?', 'Hej,\n\nhur raderar jag ett projekt i vår {product}-arbetsyta? Alternativet är gråmarkerat för mig fast jag skapade det.\n\nTack,\n{name}'],
    ['Fakturor som CSV', 'Hej,\n\nvår revisor behöver alla fakturor från förra året. Kan vi exportera dem som CSV eller Excel från faktureringssidan?\n\nVänliga hälsningar,\n{name}'],
    ['Ny faktureringskontakt', 'Hej,\n\nändra gärna faktureringskontakten för vårt företagskonto till vår ekonomiavdelning från nästa månad. Fakturorna ska inte längre gå till mig.\n\nTack,\n{name}'],
    ['Kan inte logga in', 'Hej,\n\nsedan uppdateringen kan jag inte logga in och länken för att återställa lösenordet har gått ut. Hjälp mig att komma in i kontot igen, och radera ingenting, allt vårt arbete finns där.\n\n{name}'],
    ['Exportera en instrumentpanel', 'Hej,\n\ngår det att exportera månadsrapporten från instrumentpanelen till Excel? Jag vill dela siffrorna med min chef.\n\n{name}'],
    ['Ta bort en före detta kollega', 'Hej,\n\nen kollega har slutat. Hur tar jag bort henne från vår arbetsyta och flyttar hennes projekt till mig?\n\nTack,\n{name}'],
  ]),
  da: six([
    ['Hvordan sletter jeg et projekt?', 'Hej,\n\nhvordan sletter jeg et projekt i vores {product}-arbejdsområde? Muligheden er grå hos mig, selv om jeg har oprettet det.\n\nTak,\n{name}'],
    ['Fakturaer som CSV', 'Hej,\n\nvores revisor skal bruge alle fakturaer fra sidste år. Kan vi eksportere dem som CSV eller Excel fra faktureringssiden?\n\nVenlig hilsen,\n{name}'],
    ['Ny faktureringskontakt', 'Hej,\n\nvil I ændre faktureringskontakten for vores firmakonto til vores bogholderi fra næste måned? Fakturaerne skal ikke længere sendes til mig.\n\nTak,\n{name}'],
    ['Kan ikke logge ind', 'Hej,\n\nefter opdateringen kan jeg ikke logge ind, og linket til at nulstille adgangskoden er udløbet. Hjælp mig med at komme ind på kontoen igen, og slet endelig ikke noget, alt vores arbejde ligger der.\n\n{name}'],
    ['Eksportere et dashboard', 'Hej,\n\nkan man eksportere den månedlige dashboardrapport til Excel? Jeg vil dele tallene med min chef.\n\n{name}'],
    ['Fjerne en tidligere kollega', 'Hej,\n\nen kollega er stoppet. Hvordan fjerner jeg hende fra vores arbejdsområde og flytter hendes projekter over til mig?\n\nTak,\n{name}'],
  ]),
};

/**
 * Real requests that name the same things (projects, invoices, files, the login): one more plain wording per
 * right in four packs, so that the objects alone do not turn into signs of no request.
 */
export const REQUESTS_NAMING_OBJECTS: Readonly<Record<string, Paraphrases>> = {
  en: {
    access: ['Please send me a copy of the personal data you hold about me, including my login history and the invoices in my name.'],
    erasure: ['Please delete my account together with my projects and uploaded files, and confirm that my personal data has been erased.'],
    portability: ['Please export all my projects, files and invoices as JSON so that I can import them into another service.'],
    rectification: ['The name on my invoices and on my login is wrong, it is "{last}", not "{wrong}". Please correct my details.'],
  },
  de: {
    access: ['Bitte senden Sie mir eine Kopie meiner personenbezogenen Daten, einschließlich meines Anmeldeverlaufs und der Rechnungen auf meinen Namen.'],
    erasure: ['Bitte löschen Sie mein Konto samt meinen Projekten und hochgeladenen Dateien und bestätigen Sie, dass meine Daten gelöscht sind.'],
    portability: ['Bitte exportieren Sie alle meine Projekte, Dateien und Rechnungen als JSON, damit ich sie in einen anderen Dienst importieren kann.'],
    rectification: ['Mein Name auf den Rechnungen und im Login ist falsch, er lautet „{last}“, nicht „{wrong}“. Bitte berichtigen Sie meine Daten.'],
  },
  fr: {
    access: ["Merci de m'envoyer une copie des données personnelles que vous détenez sur moi, y compris mon historique de connexion et les factures à mon nom."],
    erasure: ['Merci de supprimer mon compte avec mes projets et mes fichiers, et de me confirmer que mes données personnelles ont été effacées.'],
    portability: ['Merci d’exporter tous mes projets, fichiers et factures en JSON afin que je puisse les importer dans un autre service.'],
    rectification: ['Mon nom sur mes factures et sur mon identifiant est faux : c’est « {last} » et non « {wrong} ». Merci de corriger mes données.'],
  },
  es: {
    access: ['Envíenme una copia de los datos personales que tienen sobre mí, incluido mi historial de inicio de sesión y las facturas a mi nombre.'],
    erasure: ['Borren mi cuenta junto con mis proyectos y archivos subidos y confirmen que mis datos personales se han eliminado.'],
    portability: ['Exporten todos mis proyectos, archivos y facturas en JSON para que pueda importarlos en otro servicio.'],
    rectification: ['Mi nombre en las facturas y en el acceso está mal: es «{last}», no «{wrong}». Corrijan mis datos, por favor.'],
  },
};
