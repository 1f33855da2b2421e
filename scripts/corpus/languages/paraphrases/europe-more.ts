// One more plain wording per right in Greek, Croatian, Czech, Russian and Turkish (train only), written fresh:
// situational asks that name no right, so that the model sees more than the right's own name in these
// languages. Rows in the order of RIGHTS; Croatian, Czech and Russian senders are women (see the packs).
import { type Paraphrases } from '../../types.js';
import { rows } from './rows.js';

export const EUROPE_MORE: Readonly<Record<string, Paraphrases>> = {
  el: rows([
    ['Θα ήθελα να δω τι ακριβώς έχετε κρατήσει για μένα από τότε που γράφτηκα. Στείλτε μου τα, παρακαλώ.'],
    ['Το email στο προφίλ μου είναι παλιό. Αλλάξτε το σε {newEmail}, παρακαλώ.'],
    ['Δεν χρησιμοποιώ πια το {product}. Κλείστε τον λογαριασμό μου και μην κρατήσετε τίποτα.'],
    ['Μην σβήσετε τίποτα ακόμη, αλλά μέχρι να λυθεί το θέμα με το {order} μην επεξεργάζεστε τα στοιχεία μου.'],
    ['Σταματήστε να χρησιμοποιείτε το ιστορικό αγορών μου για προτάσεις και διαφημίσεις.'],
    ['Φεύγω για άλλη υπηρεσία. Χρειάζομαι όλα μου τα αρχεία σε μορφή που να μπορώ να τα εισαγάγω εκεί.'],
    ['Είχα δώσει άδεια να χρησιμοποιείτε τη φωτογραφία μου στην ιστοσελίδα. Την παίρνω πίσω.'],
    ['Δεν θέλω να δίνονται τα στοιχεία μου σε διαφημιστές ή άλλες εταιρείες έναντι αμοιβής.'],
  ]),
  hr: rows([
    ['Zanima me što ste sve prikupili o meni otkad sam se registrirala. Pošaljite mi to, molim.'],
    ['E-mail adresa na mom profilu je stara. Promijenite je u {newEmail}, molim.'],
    ['Više ne koristim {product}. Zatvorite mi račun i nemojte ništa zadržati.'],
    ['Još ništa ne brišite, ali dok se ne riješi slučaj {order}, nemojte obrađivati moje podatke.'],
    ['Prestanite koristiti moju povijest kupnje za preporuke i oglase.'],
    ['Prelazim na drugu uslugu i trebam sve svoje datoteke u obliku koji tamo mogu uvesti.'],
    ['Dala sam dopuštenje da koristite moju fotografiju na web-stranici. Povlačim to dopuštenje.'],
    ['Ne želim da se moji podaci ustupaju oglašivačima ili drugim tvrtkama za novac.'],
  ]),
  cs: rows([
    ['Ráda bych viděla, co všechno jste o mně od registrace shromáždili. Pošlete mi to prosím.'],
    ['E-mail v mém profilu je starý. Změňte ho prosím na {newEmail}.'],
    ['{product} už nepoužívám. Zrušte mi účet a nic si nenechávejte.'],
    ['Zatím nic nemažte, ale dokud se nevyřeší případ {order}, moje údaje nezpracovávejte.'],
    ['Přestaňte používat moji historii nákupů pro doporučení a reklamu.'],
    ['Přecházím k jiné službě a potřebuji všechny své soubory ve formátu, který tam mohu nahrát.'],
    ['Dala jsem svolení k použití své fotografie na vašem webu. To svolení teď beru zpět.'],
    ['Nechci, aby se moje údaje za úplatu předávaly inzerentům nebo jiným firmám.'],
  ]),
  ru: rows([
    ['Хочу увидеть, что именно вы собрали обо мне с момента регистрации. Пришлите мне это, пожалуйста.'],
    ['Почта в моём профиле устарела. Поменяйте её на {newEmail}, пожалуйста.'],
    ['Я больше не пользуюсь {product}. Закройте мой аккаунт и ничего не оставляйте.'],
    ['Пока ничего не удаляйте, но до решения вопроса по {order} не обрабатывайте мои данные.'],
    ['Перестаньте использовать историю моих покупок для рекомендаций и рекламы.'],
    ['Я перехожу на другой сервис, и мне нужны все мои файлы в формате, который там можно импортировать.'],
    ['Я давала разрешение использовать мою фотографию на сайте. Теперь я его отзываю.'],
    ['Не хочу, чтобы мои данные за деньги передавались рекламодателям или другим компаниям.'],
  ]),
  tr: rows([
    ['Kaydolduğumdan beri hakkımda neler topladığınızı görmek istiyorum. Lütfen bana gönderin.'],
    ['Profilimdeki e-posta adresi eski. Lütfen {newEmail} olarak değiştirin.'],
    ['{product} artık kullanmıyorum. Hesabımı kapatın ve hiçbir şey saklamayın.'],
    ['Şimdilik hiçbir şey silmeyin ama {order} meselesi çözülene kadar verilerimi işlemeyin.'],
    ['Satın alma geçmişimi öneriler ve reklamlar için kullanmayı bırakın.'],
    ['Başka bir hizmete geçiyorum; tüm dosyalarımı oraya aktarabileceğim bir biçimde istiyorum.'],
    ['Fotoğrafımın web sitenizde kullanılmasına izin vermiştim. Bu izni geri alıyorum.'],
    ['Verilerimin para karşılığında reklamcılara ya da başka şirketlere verilmesini istemiyorum.'],
  ]),
};
