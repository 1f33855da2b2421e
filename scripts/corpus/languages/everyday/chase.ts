// Asks that chase an earlier one (train only): the account is still there weeks later, the copy never came,
// the marketing goes on after an unsubscribe. They restate the ask in a word or two, as real reminders do, and
// are rows of [erasure, access, objection] per voice id.
import { type Paraphrases } from '../../types.js';

const row = (erasure: string, access: string, objection: string): Paraphrases => ({
  erasure: [erasure],
  access: [access],
  objection: [objection],
});

export const CHASE: Readonly<Record<string, Paraphrases>> = {
  en: row(
    'Three weeks ago I asked you to close my account and delete my details. I can still log in. Please just do it.',
    'Still waiting for the copy of my information I asked for last month. When will I get it?',
    'I unsubscribed weeks ago and your offers keep coming. Take my address off your lists for real this time.',
  ),
  de: row(
    'Vor drei Wochen habe ich Sie gebeten, mein Konto und meine Daten zu löschen. Ich kann mich immer noch einloggen. Bitte erledigen Sie das endlich.',
    'Ich warte immer noch auf die Kopie meiner Daten, die ich letzten Monat angefordert habe. Wann bekomme ich sie?',
    'Ich habe mich vor Wochen abgemeldet und bekomme trotzdem weiter Ihre Angebote. Streichen Sie meine Adresse jetzt wirklich.',
  ),
  fr: row(
    "Il y a trois semaines je vous ai demandé de fermer mon compte et d'effacer mes données. Je peux toujours me connecter. Faites-le, s'il vous plaît.",
    "J'attends toujours la copie de mes informations demandée le mois dernier. Quand vais-je la recevoir ?",
    'Je me suis désabonné il y a des semaines et vos offres continuent. Retirez vraiment mon adresse de vos listes cette fois.',
  ),
  es: row(
    'Hace tres semanas les pedí cerrar mi cuenta y borrar mis datos. Todavía puedo entrar. Háganlo ya, por favor.',
    'Sigo esperando la copia de mi información que pedí el mes pasado. ¿Cuándo me llegará?',
    'Me di de baja hace semanas y siguen llegando sus ofertas. Quiten mi dirección de sus listas de verdad esta vez.',
  ),
  it: row(
    'Tre settimane fa vi ho chiesto di chiudere il mio account e cancellare i miei dati. Riesco ancora ad accedere. Fatelo, per favore.',
    'Sto ancora aspettando la copia dei miei dati che ho chiesto il mese scorso. Quando arriva?',
    'Mi sono disiscritto settimane fa e le vostre offerte continuano ad arrivare. Togliete davvero il mio indirizzo dalle liste.',
  ),
  nl: row(
    'Drie weken geleden vroeg ik jullie mijn account en gegevens te verwijderen. Ik kan nog steeds inloggen. Regel het nu gewoon.',
    'Ik wacht nog steeds op de kopie van mijn gegevens die ik vorige maand heb opgevraagd. Wanneer krijg ik die?',
    'Ik heb me weken geleden afgemeld en jullie aanbiedingen blijven komen. Haal mijn adres nu echt van de lijsten.',
  ),
  pt: row(
    'Há três semanas pedi que fechassem a minha conta e apagassem os meus dados. Ainda consigo entrar. Tratem disso, por favor.',
    'Ainda estou à espera da cópia dos meus dados que pedi no mês passado. Quando a recebo?',
    'Cancelei a subscrição há semanas e as vossas ofertas continuam a chegar. Tirem mesmo o meu endereço das listas.',
  ),
  'pt-BR': row(
    'Faz três semanas que pedi para fecharem minha conta e apagarem meus dados. Ainda consigo entrar. Resolvam isso, por favor.',
    'Ainda estou esperando a cópia dos meus dados que pedi mês passado. Quando vou receber?',
    'Me descadastrei faz semanas e as ofertas de vocês continuam chegando. Tirem meu endereço das listas de verdade.',
  ),
  pl: row(
    'Trzy tygodnie temu prosiłam o zamknięcie konta i usunięcie moich danych. Nadal mogę się zalogować. Proszę to wreszcie zrobić.',
    'Wciąż czekam na kopię moich danych, o którą prosiłam w zeszłym miesiącu. Kiedy ją dostanę?',
    'Wypisałam się kilka tygodni temu, a wasze oferty dalej przychodzą. Usuńcie mój adres z list naprawdę.',
  ),
  sv: row(
    'För tre veckor sedan bad jag er stänga mitt konto och radera mina uppgifter. Jag kan fortfarande logga in. Gör det nu, tack.',
    'Jag väntar fortfarande på kopian av mina uppgifter som jag bad om förra månaden. När kommer den?',
    'Jag avregistrerade mig för flera veckor sedan och era erbjudanden fortsätter komma. Ta bort min adress från listorna på riktigt.',
  ),
  da: row(
    'For tre uger siden bad jeg jer lukke min konto og slette mine oplysninger. Jeg kan stadig logge ind. Gør det nu, tak.',
    'Jeg venter stadig på kopien af mine oplysninger, som jeg bad om i sidste måned. Hvornår får jeg den?',
    'Jeg afmeldte mig for flere uger siden, og jeres tilbud bliver ved med at komme. Fjern min adresse fra listerne for alvor.',
  ),
  cs: row(
    'Před třemi týdny jsem vás žádala o zrušení účtu a smazání mých údajů. Pořád se můžu přihlásit. Udělejte to prosím.',
    'Pořád čekám na kopii svých údajů, o kterou jsem žádala minulý měsíc. Kdy ji dostanu?',
    'Odhlásila jsem se před několika týdny a vaše nabídky chodí dál. Vyřaďte mou adresu ze seznamů doopravdy.',
  ),
  ru: row(
    'Три недели назад я просила закрыть мой аккаунт и удалить мои данные. Я всё ещё могу войти. Сделайте это наконец.',
    'Я до сих пор жду копию моих данных, которую запросила в прошлом месяце. Когда я её получу?',
    'Я отписалась несколько недель назад, а ваши предложения всё приходят. Уберите мой адрес из рассылок по-настоящему.',
  ),
  uk: row(
    'Три тижні тому я просила закрити мій акаунт і видалити мої дані. Я досі можу увійти. Зробіть це нарешті.',
    'Я досі чекаю на копію моїх даних, яку запросила минулого місяця. Коли я її отримаю?',
    'Я відписалася кілька тижнів тому, а ваші пропозиції досі приходять. Приберіть мою адресу з розсилок по-справжньому.',
  ),
  tr: row(
    'Üç hafta önce hesabımı kapatıp bilgilerimi silmenizi istedim. Hâlâ giriş yapabiliyorum. Lütfen artık yapın.',
    'Geçen ay istediğim bilgilerimin kopyasını hâlâ bekliyorum. Ne zaman gelecek?',
    'Haftalar önce abonelikten çıktım ama teklifleriniz gelmeye devam ediyor. Adresimi listelerden gerçekten çıkarın.',
  ),
  ja: row(
    '3週間前にアカウントの閉鎖と私の情報の削除をお願いしましたが、まだログインできます。早く対応してください。',
    '先月お願いした私の情報のコピーがまだ届きません。いつ受け取れますか。',
    '何週間も前に配信停止したのに、まだ案内が届きます。今度こそリストから私のアドレスを外してください。',
  ),
  zh: row(
    '三个星期前我就请你们注销账号、删除我的信息，现在还能登录。请尽快处理。',
    '上个月要的我的个人信息副本到现在还没收到，什么时候能给我？',
    '几个星期前我就退订了，你们的促销还是一直发。这次请真的把我的地址从名单里删掉。',
  ),
};
