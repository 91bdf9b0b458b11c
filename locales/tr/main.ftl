# Evne — resident app, Turkish. Machine-assisted draft: needs review by a human translator.
app-title = Evne
app-tagline = Bildiklerinizi ve yapabildiklerinizi kaydedin

language-title = Dilinizi seçin
language-missing = Dilim burada yok
language-missing-title = Hangi dili konuşuyorsunuz?
language-missing-noted = Teşekkürler. Dilinizi kaydettik.
language-missing-staff = Lütfen bu ekranı görevlilere gösterin. Size bir tercüman bulacaklar.
language-change = Dili değiştir

form-intro = Siz yazarken yanıtlarınız bu tablete kaydedilir.

step-of = Adım { $step } / { $steps }
step-consent = Başlamadan önce
step-about = Hakkınızda
step-languages = Diller
step-education = Okul ve eğitim
step-work = İş
step-skills = Diğer beceriler
step-wishes = Gelecek için istekler
step-review = Kontrol edin ve gönderin
back = Geri
next = İleri
choose = Seçin …
yes = Evet
no = Hayır
remove = Kaldır
change = Değiştir
edit = Değiştir

consent-purpose = Burada neler bildiğinizi ve yapabildiğinizi anlatabilirsiniz: diller, okul, iş ve diğer beceriler. Böylece Norveç'te yaşayacak bir yer ve işe ya da okula giden bir yol bulmak daha kolay olur.
consent-who = Yerleştirme makamları ve sizi yerleştirmeyi kabul eden belediye yanıtlarınızı görecek. Kabul merkezindeki kariyer danışmanı da yanıtlarınızı görebilir.
consent-voluntary = Bu isteğe bağlıdır. Neyi yanıtlamak istediğinize siz karar verirsiniz.
consent-not-asylum = Yanıtlarınız sığınma başvurunuzda kullanılmaz.
consent-withdraw = Verdiğiniz “evet” yanıtını istediğiniz zaman geri alabilirsiniz. Görevlilere sorun.
consent-assisted = Bir görevli doldurmama yardım ediyor.
consent-question = Kayıt olmak istiyor musunuz?
consent-yes = Evet, istiyorum
consent-no = Hayır, şimdi değil
declined-title = Hiçbir şey kaydedilmedi
declined-body = “Hayır” dediniz, bu yüzden yazdıklarınızdan hiçbiri kaydedilmedi. İstediğiniz zaman yeniden başlayabilirsiniz.

field-given-name = Adınız
field-family-name = Soyadınız
field-latin-name = Latin harfleriyle adınız (Norveç belgelerindeki gibi)
field-year = Doğum yılı
field-gender = Cinsiyet
field-origin = Geldiğiniz ülke
field-citizenship = Vatandaşlık
field-case-number = UDI dosya numarası (biliyorsanız)
field-phone = Telefon numarası
field-languages = Hangi dilleri konuşuyorsunuz?
field-other-language = Başka bir dil
field-mother-tongue = Ana dil
field-scripts = Hangi alfabeyi okuyabiliyorsunuz?
field-literacy = Okuma ve yazma

education-intro = Gittiğiniz tüm okulları ve eğitimleri yazın, bitirmediklerinizi de.
education-add = Okul ekle
education-entry = Okul { $number }
field-education-level = Hangi seviye?
field-education-field = Alan
field-institution = Okulun adı
field-country = Ülke
field-start-year = Başlangıç yılı
field-end-year = Bitiş yılı
field-years-completed = Kaç yıl
field-completed = Bitirdiniz mi?
field-documents = Diplomanız veya belgeleriniz var mı?

work-intro = Yaptığınız tüm işleri yazın; kendi işinizde, evde veya tarlada yaptıklarınızı da.
work-add = İş ekle
work-entry = İş { $number }
field-occupation = İşiniz neydi?
occupation-search-hint = Bir kelime yazın, örneğin “aşçı” veya “şoför”.
occupation-none-found = Hiçbir şey bulunamadı. Başka bir kelime deneyin veya aşağıdan bir alan seçin.
occupation-group = İşi bulamıyor musunuz? Bir alan seçin:
field-job-title = İşin unvanı veya adı (kendi sözlerinizle)
field-years = Kaç yıl
field-employment = Bir yerde mi çalıştınız, kendi işiniz mi vardı?
field-tasks = Bu işte ne yapıyordunuz?
field-tools = Kullandığınız aletler ve makineler

field-licences = Ehliyet
field-digital = Telefon ve bilgisayar
field-certificates = Kurslar ve sertifikalar
field-certificate = Kurs veya sertifika
certificate-add = Kurs ekle
field-crafts = El sanatları ve pratik beceriler
field-volunteer = Gönüllü çalışma

field-wished-work = Norveç'te hangi işi yapmak istiyorsunuz?
field-wished-work-add = İş ekle
field-wished-education = Hangi eğitimi almak istiyorsunuz?
field-region = Norveç'te nerede yaşamak istiyorsunuz?
field-availability = Ne zaman başlayabilirsiniz?
field-planning-voluntary = İsteğe bağlı: sadece isterseniz.
field-planning-notes = Belediyenin planlama için bilmesi gereken sağlık durumu veya başka şeyler

review-fix = Bazı yanıtlar eksik veya düzeltilmesi gerekiyor:
review-empty = Yanıtlanmadı.
years-count =
    { $count ->
        [one] { $count } yıl
       *[other] { $count } yıl
    }

submit = Kaydımı gönder
submit-fix = Lütfen kırmızı ile işaretli yanıtlara bakın.

status-draft = Bu tablete kaydedildi.
status-queued =
    { $count ->
        [one] Bir kayıt gönderilmeyi bekliyor.
       *[other] { $count } kayıt gönderilmeyi bekliyor.
    }
status-offline = Şu anda internet yok. Kayıt, internet geri gelince gönderilecek.
status-sent = Kaydınız gönderildi.
status-rejected = Bir kayıt gönderilemedi. Lütfen görevlilerden yardım isteyin.

sent-title = Teşekkürler!
sent-body = Kaydınız güvende. İnternet olur olmaz yerleştirme ofisine gönderilecek. Ondan sonra bu tablette kaydınızdan hiçbir şey kalmayacak.
new-registration = Yeni bir kayıt başlat
read-aloud = Sesli oku
bilingual-toggle = Norveççesini de göster
resume-code-yours = Kodunuz: { $code }. Bunu bir yere yazın. Ara verirseniz bu koda ihtiyacınız olacak.
resume-open = Bir kayda devam et
resume-code = Kodunuzu yazın (4 rakam)
resume-submit = Devam et
resume-wrong-code = Kod doğru değil. Tekrar deneyin.
resume-too-many = Çok fazla yanlış deneme. Beş dakika bekleyin veya görevlilere sorun.
done-next = Bundan sonra ne olacak: Yerleştirme makamları kaydınızı okur. Bir belediye sizi yerleştirmeyi kabul edince kaydınız o belediyeye gider. Sorunuz varsa görevlilere sorun.
print-copy = Benim için bir kopya yazdır
print-title = Evne'deki kaydım

error-required = Lütfen bunu yanıtlayın.
error-too-long = Metin çok uzun.
error-invalid-text = Metinde kullanılamayan harfler veya işaretler var.
error-year-too-early = Yazdığınız yıl çok eski. Lütfen tekrar kontrol edin.
error-too-young = Burada kayıt olmak için en az 15 yaşında olmalısınız.
error-year-out-of-range = Yılı kontrol edin. Doğduğunuz yıldan önce veya bu yıldan sonra olamaz.
error-end-before-start = Bitiş yılı, başlangıç yılından önce.
error-years-out-of-range = Yıl sayısını kontrol edin.
error-too-many = Çok fazla var. Bazılarını kaldırın.
error-duplicate = Bu iki kez seçilmiş.
error-choose-again = Lütfen yeniden seçin.
error-case-number = Dosya numarası 12 rakamdan oluşur, örneğin 2019 123456 01.
error-phone = Telefon numarasını sadece rakamla yazın, örneğin +47 912 34 567.
error-consent = Göndermeden önce “evet” demelisiniz.
error-storage = Yanıtınız bu tablete KAYDEDİLMEDİ. Lütfen görevlilerden yardım isteyin.

error-private-mode = Bu tarayıcı penceresi yazılanları saklamıyor (gizli gezinti). Lütfen görevlilerden bunun yerine Evne uygulamasını açmalarını isteyin.
old-browser = Bu tarayıcı Evne için çok eski. Lütfen bir Android tablette Chrome'u ya da iPadOS 16 veya üstü yüklü bir iPad'de Safari'yi kullanın ya da görevlilere sorun.
error-app-load = Kayıt henüz yüklenemedi. Kendiliğinden yeniden deneyecek. Bu devam ederse lütfen personelden yardım isteyin.
error-no-key = Bu tablet henüz kayıt gönderemiyor. Lütfen görevlilerden tableti bir kez internete bağlamalarını isteyin.

# Tablet ekranı, kabul merkezindeki görevliler için. Burada hiçbir kişisel bilgi gösterilmez.
tablet-open = Tablet durumu (görevliler için)
tablet-title = Tablet durumu
tablet-back = Geri
tablet-storage-kept = Tarayıcı bu uygulamanın verilerini saklıyor.
tablet-storage-not-kept = Yer azaldığında tarayıcı bu uygulamanın verilerini silebilir. Verilerin saklanması için uygulamayı ana ekrana yükleyin.
tablet-storage-used = Depolama alanının %{ $percent } kadarı kullanıldı.
tablet-storage-full = Depolama alanı neredeyse dolu. Bekleyen kayıtları gönderin ve tablette yer açın.
tablet-storage-unknown = Tarayıcı, ne kadar depolama alanı kullanıldığını göstermiyor.
tablet-storage-lasted = Bu tarayıcı, uygulamanın verilerini saklayıp saklamadığını göstermiyor, ancak { $date } tarihinden beri saklıyor. O zamandan beri uygulamanın başlatılma sayısı: { $starts }.
tablet-storage-first = Bu tarayıcı, uygulamanın verilerini saklayıp saklamadığını göstermiyor ve uygulama bu tarayıcıda ilk kez başlatıldı. Gizli gezinti penceresi kapandığında her şeyi kaybeder: yüklü uygulamayı kullanın.
tablet-queue-title = Gönderilmeyi bekleyen kayıtlar
tablet-queue-empty = Bekleyen bir şey yok.
tablet-entry =
    { $minutes } dakikadır bekliyor, { $attempts ->
        [one] bir deneme.
       *[other] { $attempts } deneme.
    }
tablet-entry-error-offline = Son deneme: internet yoktu.
tablet-entry-error = Son deneme: sunucunun yanıtı { $detail }.
tablet-entry-refused = Sunucu tarafından reddedildi. Bu tablette kalacak. Teknik destekle iletişime geçin.
tablet-entry-attention = İlgilenilmesi gerekiyor: bir günden uzun süredir bekliyor.
tablet-send-now = Şimdi gönder
tablet-update-ready = Uygulamanın yeni bir sürümü hazır. Bir sonraki kayıttan önce başlayacak.
tablet-update-now = Şimdi güncelle
tablet-draft-expires = Bu tablette yarım kalmış bir kayıt var. Kimse devam etmezse { $minutes } dakika içinde silinecek.
tablet-idle-hours = Yarım kalan kayıtları şu süreden sonra sil:
tablet-hours = { $hours } saat
tablet-device = Tablet kimliği: { $id }
status-not-enrolled = Bu tablet henüz sisteme tanımlanmadı, bu yüzden hiçbir şey gönderilemez. Lütfen görevlilere sorun.
tablet-enrol-title = Bu tableti sisteme tanımla
tablet-enrol-intro = Kabul merkezi görevlileri: Bu tableti merkeziniz için tanımlamak üzere giriş yapın. Giriş bilgileriniz yalnızca bunun için kullanılır ve tablette saklanmaz.
tablet-enrol-username = Kullanıcı adı
tablet-enrol-password = Şifre
tablet-enrol-submit = Tableti tanımla
tablet-enrol-failed-login = Kullanıcı adı veya şifre yanlış.
tablet-enrol-failed-locked = Çok fazla başarısız deneme. 15 dakika bekleyin ve tekrar deneyin.
tablet-enrol-failed-role = Bu kullanıcı tablet tanımlayamaz (bunu yalnızca bir kabul merkezinin görevlileri yapabilir) ya da önce şifresini değiştirmelidir.
tablet-enrol-failed-network = Sunucuya bağlanılamıyor. Tableti internete bağlayın ve tekrar deneyin.
tablet-retry-refused = Reddedilenleri yeniden dene

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = Bu tablette yarım kalan kayıtlar
tablet-lock-none = Yarım kalan kayıtlar henüz tabletin ekran kilidiyle kilitlenmedi: tarayıcı dosyalarının bir kopyasıyla bu kayıtlar açılabilir.
tablet-lock-set = Yarım kalan kayıtları tabletin ekran kilidiyle kilitle
tablet-lock-locked = Yarım kalan kayıtlar, uygulama başladığından beri kilitli. Kaydedilmiş bir kayda devam etmek için kilidi tabletin ekran kilidiyle açın.
tablet-unlock = Kilidi tabletin ekran kilidiyle aç
tablet-lock-unlocked = Yarım kalan kayıtlar tabletin ekran kilidiyle korunuyor ve uygulama yeniden başlayana kadar açık kalacak.
tablet-lock-failed = Ekran kilidi yanıt vermedi. Tekrar deneyin.
tablet-lock-server-offer = Bu tarayıcı, yarım kalan kayıtları tabletin ekran kilidiyle kilitleyemiyor. Bunun yerine onları bir görevli girişiyle kilitleyin: anahtar sunucuda kalır ve sunucu onu yalnızca merkezinizden bir görevli giriş yaptığında bu tablete verir, bu yüzden kilidi her açmak için internet gerekir.
tablet-lock-server-set = Yarım kalan kayıtları görevli girişiyle kilitle
tablet-lock-locked-server = Yarım kalan kayıtlar, uygulama başladığından beri kilitli. Bu merkezin görevlileri kilidi kendi girişleriyle açar; tablet internete bağlı olmalı.
tablet-unlock-server = Kilidi görevli girişiyle aç
tablet-lock-unlocked-server = Yarım kalan kayıtlar, sunucunun yalnızca bir görevli girişiyle bu tablete verdiği bir anahtarla korunuyor ve uygulama yeniden başlayana kadar açık kalacak.
tablet-lock-server-failed-role = Bunu yalnızca bu tabletin bağlı olduğu kabul merkezinin görevlileri, kendi şifreleriyle yapabilir (önce tek kullanımlık şifreyi değiştirin).
tablet-lock-server-failed-device = Bu tablet sisteme tanımlanmamış ya da merkezle bağlantısı kaldırılmış: sunucu anahtarı bu tablete vermiyor.
tablet-lock-server-failed-key = Sunucunun anahtarı bu tabletteki yarım kalan kayıtları açmıyor. Sistem yöneticisiyle iletişime geçin.
drafts-locked = Bu tablette kaydedilmiş kayıtlar kilitli. Bir görevli, kilidi “Tablet durumu” ekranında açabilir. Yeni bir kayıt başlatabilirsiniz.
