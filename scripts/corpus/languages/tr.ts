// Turkish: KVKK (6698 sayılı Kanun) madde 11 lists the data subject's rights; KVKK Kurumu.
import { compactPack } from './compact.js';

export const tr = compactPack({
  id: 'tr', locale: 'tr-TR', country: 'Turkey', tz: '+0300', legacyCharset: 'iso-8859-9',
  names: ['Ayşe Yılmaz', 'Mehmet Demir', 'Zeynep Kaya', 'Emre Şahin', 'Elif Çelik', 'Burak Aydın'],
  law: '6698 sayılı Kişisel Verilerin Korunması Kanunu', authority: 'Kişisel Verileri Koruma Kurulu',
  articles: {
    access: 'KVKK madde 11/1-(a), (b) ve (c)', rectification: 'KVKK madde 11/1-(d)', erasure: 'KVKK madde 11/1-(e) ve madde 7', restriction: 'GDPR madde 18',
    objection: 'KVKK madde 11/1-(g)', portability: 'GDPR madde 20', withdraw_consent: 'KVKK madde 5 ve 11', opt_out_sale: 'CCPA bölüm 1798.120',
  },
  style: {
    hi: 'Merhaba,', dear: 'Sayın Yetkili,', thanks: 'Teşekkürler,', regards: 'Saygılarımla,', mobile: 'iPhone’umdan gönderildi',
    formalIntro: '{law} kapsamında aşağıdaki talebimi iletiyorum.', deadline: 'Talebimin kanuni süre olan otuz gün içinde yanıtlanmasını ve sonucun yazılı olarak bildirilmesini rica ederim.',
    withdrawAny: 'Herhangi bir işleme açık rızama dayanıyorsa, bu rızamı geri alıyorum.',
    angry: 'Bu konuda üçüncü kez yazıyorum ve hâlâ kimse cevap vermedi. Kabul edilemez.',
    complaint: 'Bir ay içinde yanıt alamazsam {authority}’na şikâyette bulunacağım.',
  },
  subjects: ['Kişisel verilerime erişim talebi', 'Bilgilerimin düzeltilmesi', 'Hesabımı silin', 'İşlemenin kısıtlanması', 'Reklam e-postaları', 'Verilerimin dışa aktarılması', 'Rızamı geri alıyorum', 'Verilerimi satmayın', 'Hesabım', 'Verilerimle ilgili soru'],
  asks: [
    ['Hakkımda hangi kişisel verileri tutuyorsunuz? Bir kopyasını gönderir misiniz?', '{art} uyarınca kişisel verilerimin işlenip işlenmediğini, işleniyorsa bunların bir kopyasını, işlenme amacını, aktarıldığı kişileri ve saklama süresini öğrenmek istiyorum.', 'İki yıldır {product} kullanmıyorum ve hakkımda hâlâ ne sakladığınızı merak ediyorum. {email} ile ilişkili her şeyi gösterebilir misiniz?', 'Hakkımda ne tür bilgiler topladığınızı, bunları nereden edindiğinizi, ne için kullandığınızı ve kimlere verdiğinizi bildirin.'],
    ['Hesabımda ve faturalarda soyadım "{wrong}" yazıyor. Doğrusu "{last}". Lütfen düzeltin.', '{art} uyarınca eksik veya yanlış işlenen verimin düzeltilmesini talep ediyorum: soyadım "{wrong}" olarak kayıtlı, doğrusu "{last}".', 'Taşındım ve e-posta adresim değişti. Bundan sonra her şeyin {newEmail} adresine gelmesi için bilgilerimi güncelleyin.', 'Hakkımdaki profil eski ve eksik: fatura adresi yıllardır benim değil ve tam adım yok. Lütfen güncelleyin.'],
    ['Lütfen hesabımı ve hakkımdaki tüm kişisel verileri silin.', '{art} uyarınca, hesabım ve yedekler dâhil, hakkımdaki tüm kişisel verilerin silinmesini talep ediyorum; kanunen saklamanız gerekenler hariç.', '{product} ile işim bitti. Hesabımı kapatın, bende ne varsa silin, geri dönmeyeceğim.', 'Açıkçası sizde benimle ilgili hiçbir şey kalmasın istiyorum: ne hesap, ne eski transkriptler, ne de adımın geçtiği kayıtlar. Hepsi yok olsun yeter.'],
    ['{order} numaralı faturadaki itirazlı tahsilatları incelerken verilerimin işlenmesini kısıtlayın.', '{art} uyarınca işlemenin kısıtlanmasını talep ediyorum; hesabımdaki kullanım kayıtlarının doğruluğuna itiraz ediyorum. Açıklığa kavuşana kadar yalnızca saklayın.', 'Hiçbir şey silmeyin ama {order} numaralı faturayla ilgili şikâyetim çözülene kadar verilerimi hiçbir şey için kullanmayın da.', 'Bu hesap yüzünden eski ortağımla davalıyım. Karar çıkana kadar verilerim olduğu gibi kalsın: dokunulmasın, kullanılmasın, silinmesin.'],
    ['Lütfen bana reklam e-postası göndermeyi bırakın. Sadece hizmet bildirimleri yeterli.', '{art} uyarınca verilerimin analiz ve profilleme amacıyla işlenmesine itiraz ediyorum.', 'Kullanım verilerimin ürün araştırmalarınızda ya da istatistiklerinizde kullanılmasını istemiyorum. Buna son verin.', 'Hesabımı KAPATMAYIN. Sadece bülten ve kampanya e-postası istemiyorum; bu itiraz hesabımın silinmesine yol açacaksa lütfen önceden haber verin.'],
    ['Verilerimi JSON ya da CSV olarak dışa aktarabilir misiniz?', '{art} uyarınca size sağladığım verileri yapılandırılmış, yaygın kullanılan ve makinece okunabilir bir biçimde almak istiyorum.', 'Başka bir araca geçiyorum; tüm projelerim, iş geçmişim ve ayarlarım orada içe aktarabileceğim bir dosyada lazım.', 'Hesap verilerimi doğrudan {provider} firmasına aktarın; gelecek aydan itibaren bu işi onlar yürütecek. JSON dosyası bekliyorlar.'],
    ['Bülten ve analiz çerezleri için verdiğim onayı geri alıyorum.', '{art} uyarınca ürün analizi için verilerimin işlenmesine ilişkin açık rızamı geri alıyorum.', 'Kayıt olurken yüklediğim içeriklerin modellerinizi geliştirmek için kullanılabileceği kutucuğu işaretlemiştim. O izni iptal ediyorum.', 'Müşteri hikâyesinde adımı ve fotoğrafımı kullanmanıza izin vermiştim. Bu izni geri çekiyorum, lütfen kaldırın.'],
    ['Kişisel bilgilerimi satmayın ve paylaşmayın.', '{art} uyarınca, davranışsal reklamlar dâhil, kişisel bilgilerimi satmamanızı ve paylaşmamanızı talep ediyorum. Kaliforniya’da yaşıyorum.', 'Beni hedefli reklamlardan ve reklam amaçlı her türlü profillemeden çıkarın.', 'Verilerimi satıyor musunuz? Satıyorsanız durdurun. Bilgilerimin ve gezinme geçmişimin reklamverenlere ya da veri simsarlarına gitmesini istemiyorum.'],
  ],
  multi: [
    'Önce hakkımdaki tüm verilerin bir kopyasını gönderin. Aldıktan sonra hesabımı ve bütün verilerimi silin.',
    'İşleme amaçları ve alıcılar dâhil kişisel verilerime erişim talep ediyorum. Ayrıca verilerimin doğrudan pazarlama ve profilleme amacıyla işlenmesine itiraz ediyorum.',
    'Hesabımı ve kişisel verilerimi silin. O zamana kadar verilerimin reklam amaçlı her türlü kullanımına itiraz ediyorum.',
  ],
  negatives: {
    billing: ['Çift çekim {order}', 'Merhaba,\n\n{order} numaralı fatura ({amount}) kartımdan iki kez çekildi. Fazla tutarı iade eder misiniz?\n\n{name}'],
    bug: ['Dışa aktarma 500 hatası veriyor', 'Merhaba,\n\nBu sabahtan beri her dışa aktarma 500 hatasıyla düşüyor. İş {order}. Bir arıza mı var?\n\n{name}'],
    phishing: ['Acil: onay ayarlarınızı doğrulayın', 'Değerli kullanıcı,\n\n24 saat içinde onay ayarlarınızı doğrulamazsanız posta kutunuz askıya alınacak. Askıdan çıkmak (opt out) için giriş yapın: http://secure-verify.example.net/onay\n\nGüvenlik Ekibi'],
    sale_question: ['Veri satıyor musunuz?', 'Merhaba,\n\nBir müşterim için araçları karşılaştırıyorum. {product} müşteri verilerini reklamverenlere satıyor ya da paylaşıyor mu?\n\n{name}'],
    policy_question: ['Kayıtların saklanma süresi', 'Merhaba,\n\nİstek kayıtlarını ne kadar süre saklıyorsunuz, içinde IP adresi var mı?\n\n{name}'],
    out_of_office: ['Otomatik yanıt: {product}', 'Mesajınız için teşekkürler. {date} tarihine kadar izindeyim ve e-postalarımı okumuyorum. Acil durumlar için: ofis@example.com.\n\n{name}'],
  },
});
