<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Actions</name>
    <message>
        <source>New case…</source>
        <translation>Жаңа іс…</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>Істі ашу…</translation>
    </message>
    <message>
        <source>Open demo case</source>
        <translation>Демо істі ашу</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Қазір құлыптау</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Құпия сөз тіркесін өзгерту…</translation>
    </message>
    <message>
        <source>Save a copy of the keyfile…</source>
        <translation>Кілт файлының көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>Your name…</source>
        <translation>Сіздің атыңыз…</translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation>Фотосуреттерді импорттау…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Қалтаны импорттау…</translation>
    </message>
    <message>
        <source>Import venues (GeoJSON)…</source>
        <translation>Арнайы орындарды импорттау (GeoJSON)…</translation>
    </message>
    <message>
        <source>Export venues (GeoJSON / KML)…</source>
        <translation>Арнайы орындарды экспорттау (GeoJSON / KML)…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Verify this case</source>
        <translation>Осы істі тексеру</translation>
    </message>
    <message>
        <source>Verify evidence bundle…</source>
        <translation>Дәлелдемелер пакетін тексеру…</translation>
    </message>
    <message>
        <source>Inspect files (not evidence)…</source>
        <translation>Файлдарды тексеру (дәлелдеме емес)…</translation>
    </message>
    <message>
        <source>Inspect a folder (not evidence)…</source>
        <translation>Қалтаны тексеру (дәлелдеме емес)…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>Бөлшектерді жасыру…</translation>
    </message>
    <message>
        <source>Withdraw my observation…</source>
        <translation>Байқауымды кері қайтарып алу…</translation>
    </message>
    <message>
        <source>Withdraw my last observation…</source>
        <translation>Соңғы байқауымды кері қайтарып алу…</translation>
    </message>
    <message>
        <source>Add refusal…</source>
        <translation>Бас тарту қосу…</translation>
    </message>
    <message>
        <source>New refusal from these photos&apos; times…</source>
        <translation>Осы фотосуреттердің уақыты бойынша жаңа бас тарту…</translation>
    </message>
    <message>
        <source>Edit refusal…</source>
        <translation>Бас тартуды өзгерту…</translation>
    </message>
    <message>
        <source>Attach letter…</source>
        <translation>Хатты тіркеу…</translation>
    </message>
    <message>
        <source>Import refusals (CSV)…</source>
        <translation>Бас тартуларды импорттау (CSV)…</translation>
    </message>
    <message>
        <source>Akimat&apos;s published occupancy…</source>
        <translation>Әкімдік жариялаған жүктеме…</translation>
    </message>
    <message>
        <source>Skver Help</source>
        <translation>Skver анықтамасы</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>About Skver</source>
        <translation>Skver туралы</translation>
    </message>
</context>
<context>
    <name>BackgroundBar</name>
    <message>
        <source>Background:</source>
        <translation>Астыңғы қабат:</translation>
    </message>
    <message>
        <source>Tile folder…</source>
        <translation>Тайлдар қалтасы…</translation>
    </message>
    <message>
        <source>A folder of map tiles laid out as zoom/x/y.png, on this computer</source>
        <translation>Осы компьютердегі zoom/x/y.png түрінде орналасқан карта тайлдарының қалтасы</translation>
    </message>
    <message>
        <source>MBTiles file…</source>
        <translation>MBTiles файлы…</translation>
    </message>
    <message>
        <source>A file of map tiles (.mbtiles), on this computer</source>
        <translation>Осы компьютердегі карта тайлдарының файлы (.mbtiles)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>A plain background: nothing but the case</source>
        <translation>Қарапайым фон: тек істің деректері</translation>
    </message>
    <message>
        <source>Online map (OpenStreetMap): this computer fetches map tiles from openstreetmap.org, revealing the area viewed and its IP address</source>
        <translation>Онлайн карта (OpenStreetMap): бұл компьютер карта тайлдарын openstreetmap.org сайтынан жүктейді және қаралып жатқан аумақ пен өз IP мекенжайын ашады</translation>
    </message>
    <message>
        <source>Off: the map and the reports use nothing from the internet. On (for this case): every map you look at, and the maps of reports exported, are drawn on OpenStreetMap&apos;s tiles fetched from openstreetmap.org, which sees the area and this computer&apos;s IP address.</source>
        <translation>Өшірулі: карта мен есептер интернеттен ештеңе алмайды. Қосулы (осы іс үшін): сіз қараған әр карта және экспортталған есептердің карталары openstreetmap.org сайтынан жүктелген OpenStreetMap тайлдарында салынады, ал сайт аумақты және осы компьютердің IP мекенжайын көреді.</translation>
    </message>
    <message>
        <source>none (a plain background; nothing leaves this computer)</source>
        <translation>жоқ (қарапайым фон; бұл компьютерден ештеңе жіберілмейді)</translation>
    </message>
    <message>
        <source>{name} (MBTiles file)</source>
        <translation>{name} (MBTiles файлы)</translation>
    </message>
    <message>
        <source>{name} (tile folder)</source>
        <translation>{name} (тайлдар қалтасы)</translation>
    </message>
    <message>
        <source>{offline}; not used while the online map is on</source>
        <translation>{offline}; онлайн карта қосулы тұрғанда пайдаланылмайды</translation>
    </message>
    <message>
        <source>Choose a tile folder</source>
        <translation>Тайлдар қалтасын таңдаңыз</translation>
    </message>
    <message>
        <source>Choose an MBTiles file</source>
        <translation>MBTiles файлын таңдаңыз</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>MBTiles файлдары (*.mbtiles);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>These map tiles cannot be used</source>
        <translation>Бұл карта тайлдарын пайдалану мүмкін емес</translation>
    </message>
</context>
<context>
    <name>BundleVerifyDialog</name>
    <message>
        <source>64 hex digits, as given to you by another route</source>
        <translation>Сізге басқа жолмен берілген 64 он алтылық цифр</translation>
    </message>
    <message>
        <source>Filed report…</source>
        <translation>Сотқа берілген есеп…</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Кілттің саусақ ізі:</translation>
    </message>
    <message>
        <source>Report filed in court:</source>
        <translation>Сотқа берілген есеп:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>The report filed in court</source>
        <translation>Сотқа берілген есеп</translation>
    </message>
    <message>
        <source>Skver reports (*.pdf *.html)</source>
        <translation>Skver есептері (*.pdf *.html)</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <source>Capture the akimat&apos;s page from the web</source>
        <translation>Әкімдік бетін интернеттен сақтау</translation>
    </message>
    <message>
        <source>Going online reveals this computer&apos;s network address, and that this page is opened now, to the akimat&apos;s website and to whoever watches this network. Skver sends nothing else: no cookies, nothing of the case. Capture only when that is safe, or save the page elsewhere and keep the saved file instead.</source>
        <translation>Интернетке шығу әкімдік сайтына және осы желіні бақылайтын кез келген адамға осы компьютердің желілік мекенжайын және бұл беттің қазір ашылғанын көрсетеді. Skver басқа ештеңе жібермейді: cookie-файлдарды да, іс деректерін де жібермейді. Бетті бұлай тек қауіпсіз болғанда сақтаңыз немесе оны басқа жерде сақтап, сақталған файлды қосыңыз.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжай:</translation>
    </message>
    <message>
        <source>Go online and capture</source>
        <translation>Интернетке шығып сақтау</translation>
    </message>
    <message>
        <source>Give a web page&apos;s address, beginning with https:// or http://.</source>
        <translation>https:// немесе http:// деп басталатын веб-бет мекенжайын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Loading {url}…</source>
        <translation>{url} жүктелуде…</translation>
    </message>
    <message>
        <source>Captured; keeping it in the case…</source>
        <translation>Бет алынды; істе сақталуда…</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>Importing {done} of %n file(s)</source>
        <translation>
            <numerusform>Импорт: %n файлдың {done}</numerusform>
            <numerusform>Импорт: %n файлдың {done}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseLock</name>
    <message>
        <source>Lock after idle</source>
        <translation>Әрекетсіздікте құлыптау</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <source>Work on the case is not finished: {what}</source>
        <translation>Іспен жұмыс аяқталған жоқ: {what}</translation>
    </message>
    <message>
        <source>The case is being read.</source>
        <translation>Іс оқылып жатыр.</translation>
    </message>
    <message>
        <source>The case was not locked: {why} Lock it when that is done.</source>
        <translation>Іс құлыпталмады: {why} Ол аяқталғанда құлыптаңыз.</translation>
    </message>
    <message>
        <source>Unsaved typed work</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>This is what you had typed and not saved before the case locked itself, put back as you left it.</source>
        <translation>Бұл — іс өздігінен құлыпталғанға дейін жазып, сақтамаған нәрсеңіз; бәрі сіз қалдырған күйінде қайтарылды.</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. Save it, or discard it, as usual.</source>
        <translation>Әлі сақталмаған: {what}. Әдеттегідей сақтаңыз немесе сақтамаңыз.</translation>
    </message>
    <message>
        <source>Quit Skver</source>
        <translation>Skver-ден шығу</translation>
    </message>
    <message>
        <source>Quit and discard what you typed before the case locked itself ({what})?</source>
        <translation>Шығып, іс өздігінен құлыпталғанға дейін жазғаныңызды ({what}) сақтамау керек пе?</translation>
    </message>
    <message>
        <source>It was never saved: it is kept in memory only, until you unlock the case.</source>
        <translation>Ол ешқашан сақталмаған: істің құлпын ашқанша тек жадта сақталады.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Оралу</translation>
    </message>
    <message>
        <source>Quit without it</source>
        <translation>Сақтамай шығу</translation>
    </message>
    <message>
        <source>The passphrase and the data key were changed; no old copy of the keyfile opens the case.</source>
        <translation>Құпия сөз тіркесі мен деректер кілті өзгертілді; кілт файлының ешбір ескі көшірмесі істі ашпайды.</translation>
    </message>
    <message>
        <source>The passphrase was changed; old copies of the keyfile still open the case with the old passphrase.</source>
        <translation>Құпия сөз тіркесі өзгертілді; кілт файлының ескі көшірмелері істі ескі құпия сөз тіркесімен әлі де ашады.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минут</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Nothing was saved: nobody has said who is working.</source>
        <translation>Ештеңе сақталмады: кім жұмыс істеп жатқанын ешкім көрсетпеді.</translation>
    </message>
    <message>
        <source>Unlocking the case {folder}…</source>
        <translation>{folder} ісінің құлпы ашылуда…</translation>
    </message>
    <message>
        <source>Opening the case {folder}…</source>
        <translation>{folder} ісі ашылуда…</translation>
    </message>
    <message>
        <source>Creating the case {folder}…</source>
        <translation>{folder} ісі құрылуда…</translation>
    </message>
    <message>
        <source>Opening the demo case…</source>
        <translation>Демо іс ашылуда…</translation>
    </message>
    <message>
        <source>Building the demo case (first start)…</source>
        <translation>Демо іс құрылуда (алғашқы іске қосу)…</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Іс оқылуда…</translation>
    </message>
</context>
<context>
    <name>CaseShell</name>
    <message>
        <source>Open case</source>
        <translation>Істі ашу</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>Істі ашу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Құпия сөз тіркесін өзгерту</translation>
    </message>
    <message>
        <source>Only the keyfile changes: the old passphrase still opens any copy of the old keyfile (a backup, or a copy of this computer) and everything added since. Save a new keyfile backup afterwards. The change is recorded in the custody log.</source>
        <translation>Тек кілт файлы өзгереді: ескі құпия сөз тіркесі ескі кілт файлының кез келген көшірмесін (сақтық көшірмені немесе осы компьютердің көшірмесін), сонымен бірге одан кейін қосылғанның бәрін аша береді. Содан кейін кілт файлының жаңа сақтық көшірмесін сақтаңыз. Өзгеріс сақтау журналына жазылады.</translation>
    </message>
    <message>
        <source>Also change the data key</source>
        <translation>Деректер кілтін де өзгерту</translation>
    </message>
    <message>
        <source>Every file is encrypted again, so that no old copy of the keyfile opens the case. Takes about as long as copying the case; close other Skver windows on this case first. Stopped at any moment, the case opens with the old or the new passphrase.</source>
        <translation>Әр файл қайта шифрланады, сонда кілт файлының ешбір ескі көшірмесі істі ашпайды. Бұл істі көшіргендей уақыт алады; алдымен осы іс ашылған басқа Skver терезелерін жабыңыз. Кез келген сәтте тоқтатылса да, іс ескі немесе жаңа құпия сөз тіркесімен ашылады.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Қазіргі құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Жаңа құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>The new one again</source>
        <translation>Жаңасы тағы бір рет</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Encrypting the case again under a new key…</source>
        <translation>Іс жаңа кілтпен қайта шифрлануда…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Құпия сөз тіркесі өзгертілуде…</translation>
    </message>
    <message>
        <source>The data key was changed: copies of the old keyfile no longer open the case.</source>
        <translation>Деректер кілті өзгертілді: ескі кілт файлының көшірмелері енді істі ашпайды.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Copies of the old keyfile still open the case with the old passphrase: replace them with a new copy.</source>
        <translation>Құпия сөз тіркесі өзгертілді. Ескі кілт файлының көшірмелері істі ескі құпия сөз тіркесімен әлі де ашады: оларды жаңа көшірмемен ауыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>ClaimTimeline</name>
    <message>
        <source>Timeline of the claimed window</source>
        <translation>Бас тартуда көрсетілген кезеңнің хронологиясы</translation>
    </message>
    <message>
        <source>Video {id} at {time} (± {doubt}): {bears}</source>
        <translation>{id}-бейне, {time} (± {doubt}): {bears}</translation>
    </message>
    <message>
        <source>Photo {id} at {time} (± {doubt}): {bears}</source>
        <translation>{id}-фото, {time} (± {doubt}): {bears}</translation>
    </message>
    <message>
        <source>Video {id} at {time} (± {doubt}, {basis}): {bears}</source>
        <translation>{id}-бейне, {time} (± {doubt}, {basis}): {bears}</translation>
    </message>
    <message>
        <source>Photo {id} at {time} (± {doubt}, {basis}): {bears}</source>
        <translation>{id}-фото, {time} (± {doubt}, {basis}): {bears}</translation>
    </message>
    <message>
        <source>(a video, filmed until {time})</source>
        <translation>(бейне, түсіру {time} кезінде аяқталған)</translation>
    </message>
    <message>
        <source>Refusal {number}: claimed window {start}–{end}</source>
        <translation>{number} бас тарту: онда көрсетілген кезең {start}–{end}</translation>
    </message>
    <message>
        <source>No photo was taken at the venue in the window.</source>
        <translation>Бас тартуда көрсетілген кезеңде бұл орында бірде-бір фотосурет түсірілмеген.</translation>
    </message>
    <message>
        <source>No photo {start}–{end}</source>
        <translation>{start}–{end} фото жоқ</translation>
    </message>
    <message>
        <source>No refusal selected</source>
        <translation>Бас тарту таңдалмаған</translation>
    </message>
    <message>
        <source>Claimed window, {date}</source>
        <translation>Бас тартуда көрсетілген кезең, {date}</translation>
    </message>
    <message>
        <source>shaded: no photo</source>
        <translation>көлеңкеленген: фото жоқ</translation>
    </message>
    <message>
        <source>ringed: dated by the GPS clock</source>
        <translation>шеңбермен қоршалған: уақыты GPS сағаты бойынша</translation>
    </message>
</context>
<context>
    <name>CompleteForm</name>
    <message>
        <source>Page {n}: its list of events is complete</source>
        <translation>{n}-бет: оның іс-шаралар тізімі толық</translation>
    </message>
    <message>
        <source>Say this only once every event the page lists at a venue of this case is entered. Then the page, where it lists a refusal&apos;s dates, shows that no other event was published there; until then no absence is claimed from it. The custody log keeps who said it and when.</source>
        <translation>Мұны беттің осы істің орындарында көрсеткен барлық іс-шарасы енгізілгенде ғана белгілеңіз. Сонда бет, бас тарту күндерін қамтыса, онда өзге іс-шара жарияланбағанын көрсетеді; оған дейін ол бойынша іс-шараның жоқтығы туралы ештеңе айтылмайды. Сақтау журналы мұны кім және қашан белгілегенін сақтайды.</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Толық деп белгілеу</translation>
    </message>
</context>
<context>
    <name>CoversForm</name>
    <message>
        <source>Dates page {n} lists</source>
        <translation>{n}-бет қамтитын күндер</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Skver hit a bug</source>
        <translation>Skver-де қате шықты</translation>
    </message>
    <message>
        <source>Skver hit a bug and the last action may not have completed.</source>
        <translation>Skver-де қате шықты, соңғы әрекет аяқталмаған болуы мүмкін.</translation>
    </message>
    <message>
        <source>Please report it with the details below (use Show Details… and copy the text). Your files have not been changed.</source>
        <translation>Төмендегі мәліметтермен бірге хабарлаңыз («Мәліметтерді көрсету…» батырмасын басып, мәтінді көшіріңіз). Файлдарыңыз өзгертілген жоқ.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>About Skver</source>
        <translation>Skver туралы</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(нұсқасы белгісіз)</translation>
    </message>
    <message>
        <source>Skver {version}</source>
        <translation>Skver {version}</translation>
    </message>
    <message>
        <source>Checks official refusals of protest venues against timestamped, geotagged site photos.</source>
        <translation>Арнайы орындарда бейбіт жиналыстар өткізуден ресми бас тартуларды жерде түсірілген, уақыты мен геобелгісі бар фотосуреттермен салыстырады.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Add an event the page lists</source>
        <translation>Беттегі іс-шараны қосу</translation>
    </message>
    <message>
        <source>Page {n}: {url}</source>
        <translation>{n}-бет: {url}</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Бет:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Орын:</translation>
    </message>
    <message>
        <source>Starts (the case&apos;s time zone):</source>
        <translation>Басталуы (істің уақыт белдеуі):</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Аяқталуы:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Expected participants:</source>
        <translation>Қатысушылардың күтілетін саны:</translation>
    </message>
    <message>
        <source>Event, as printed:</source>
        <translation>Іс-шара, жазылғандай:</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Verify evidence bundle</source>
        <translation>Дәлелдемелер пакетін тексеру</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip);;All files (*)</source>
        <translation>Дәлелдемелер пакеттері (*.zip);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF есеп</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML есеп</translation>
    </message>
    <message>
        <source>Evidence bundle (.zip)</source>
        <translation>Дәлелдемелер пакеті (.zip)</translation>
    </message>
    <message>
        <source>All refusals</source>
        <translation>Барлық бас тартулар</translation>
    </message>
    <message>
        <source>Only the refusals ticked:</source>
        <translation>Тек белгіленген бас тартулар:</translation>
    </message>
    <message>
        <source>Sign the bundle</source>
        <translation>Пакетке қол қою</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Қолтаңба кілтінің құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Экспорт:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <source>Refusals:</source>
        <translation>Бас тартулар:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Дайындаған:</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Кілттің құпия сөз тіркесі:</translation>
    </message>
    <message>
        <source>Timestamps:</source>
        <translation>Уақыт мөрлері:</translation>
    </message>
    <message>
        <source>Maps drawn on:</source>
        <translation>Карталардың астыңғы қабаты:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сақтау орны:</translation>
    </message>
    <message>
        <source>Timestamp the bundle online (RFC 3161)</source>
        <translation>Пакетке онлайн уақыт мөрін алу (RFC 3161)</translation>
    </message>
    <message>
        <source>The time-stamping authorities asked, their addresses separated by spaces</source>
        <translation>Сұрау жіберілетін уақыт мөрі қызметтері; мекенжайлары бос орын арқылы</translation>
    </message>
    <message>
        <source>Going online sends each time-stamping authority the bundle manifest&apos;s SHA-256 digest, from which nothing of the case can be read, and shows it this computer&apos;s network address. Nothing else leaves the computer. Offline, the bundle is written without a timestamp.</source>
        <translation>Желіге қосылғанда әр уақыт мөрі қызметіне пакет манифестінің SHA-256 дайджесті жіберіледі, одан іс туралы ештеңе білуге болмайды, ал қызмет осы компьютердің желілік мекенжайын көреді. Компьютерден басқа ештеңе шықпайды. Желі болмаса, пакет уақыт мөрінсіз жазылады.</translation>
    </message>
    <message>
        <source>{url} is not a time-stamping authority&apos;s address: give http:// or https:// addresses.</source>
        <translation>{url} уақыт мөрі қызметінің мекенжайы емес: http:// немесе https:// мекенжайларын беріңіз.</translation>
    </message>
    <message>
        <source>Give the time-stamping authorities&apos; addresses, or untick Timestamp the bundle online.</source>
        <translation>Уақыт мөрі қызметтерінің мекенжайларын беріңіз немесе «Пакетке онлайн уақыт мөрін алу» белгісін алып тастаңыз.</translation>
    </message>
    <message>
        <source>Ask at most {count} time-stamping authorities.</source>
        <translation>Ең көбі {count} уақыт мөрі қызметіне сұрау жіберуге болады.</translation>
    </message>
    <message>
        <source>Give the passphrase of the case&apos;s signing key to sign the bundle (or untick Sign the bundle).</source>
        <translation>Пакетке қол қою үшін істің қолтаңба кілтінің құпия сөз тіркесін енгізіңіз (немесе «Пакетке қол қою» белгісін алып тастаңыз).</translation>
    </message>
    <message>
        <source>Wrong passphrase for the case&apos;s signing key; nothing was signed.</source>
        <translation>Істің қолтаңба кілтінің құпия сөз тіркесі қате; ештеңеге қол қойылмады.</translation>
    </message>
    <message>
        <source>This case gets its signing key with its first report or bundle; the report&apos;s cover prints its fingerprint.</source>
        <translation>Іс қолтаңба кілтін алғашқы есеп немесе пакет жасалғанда алады; кілттің саусақ ізі есептің мұқабасында басылады.</translation>
    </message>
    <message>
        <source>Signing key of the case: {fingerprint}. The report&apos;s cover prints it; give it to whoever checks the bundle by another route.</source>
        <translation>Істің қолтаңба кілті: {fingerprint}. Ол есептің мұқабасында басылады; оны пакетті тексеретін адамға басқа жолмен беріңіз.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорттау орны</translation>
    </message>
    <message>
        <source>{kind} (*{suffix})</source>
        <translation>{kind} (*{suffix})</translation>
    </message>
    <message>
        <source>Tick at least one refusal, or choose all refusals.</source>
        <translation>Кемінде бір бас тартуды белгілеңіз немесе барлық бас тартуларды таңдаңыз.</translation>
    </message>
    <message>
        <source>Say who prepared the export.</source>
        <translation>Экспортты кім дайындағанын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Choose where to save it.</source>
        <translation>Қайда сақтайтынын таңдаңыз.</translation>
    </message>
    <message>
        <source>OpenStreetMap, fetched from openstreetmap.org while exporting (the Map tab&apos;s online switch is on)</source>
        <translation>OpenStreetMap, экспорт кезінде openstreetmap.org сайтынан жүктеледі («Карта» қойындысында онлайн карта қосулы)</translation>
    </message>
    <message>
        <source>{name}, chosen in the Map tab</source>
        <translation>{name}, «Карта» қойындысында таңдалған</translation>
    </message>
    <message>
        <source>a plain background (choose tiles in the Map tab)</source>
        <translation>қарапайым фон (тайлдар «Карта» қойындысында таңдалады)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Файлды ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} бар. Ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>{path} файлына жазылды</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>Ештеңе экспортталмады</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Тоқтатылды; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Skver hit a bug; nothing was exported.</source>
        <translation>Skver-де қате шықты; ештеңе экспортталмады.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Қалтаны көрсету</translation>
    </message>
    <message>
        <source>it could not be reached ({detail})</source>
        <translation>оған қосылу мүмкін болмады ({detail})</translation>
    </message>
    <message>
        <source>it answered HTTP {detail}</source>
        <translation>ол HTTP {detail} деп жауап берді</translation>
    </message>
    <message>
        <source>its answer is too long to be a time-stamp reply</source>
        <translation>оның жауабы уақыт мөрі жауабы болу үшін тым ұзын</translation>
    </message>
    <message>
        <source>it refused (status {detail})</source>
        <translation>ол сұрауды қабылдамады (күйі {detail})</translation>
    </message>
    <message>
        <source>its answer is not a time-stamp reply ({detail})</source>
        <translation>оның жауабы уақыт мөрі жауабы емес ({detail})</translation>
    </message>
    <message>
        <source>its answer is not to this request (another nonce)</source>
        <translation>оның жауабы бұл сұрауға емес (басқа nonce)</translation>
    </message>
    <message>
        <source>its token is over another digest than the manifest&apos;s</source>
        <translation>оның токені манифесттің дайджестіне емес, басқа дайджестке басылған</translation>
    </message>
    <message>
        <source>No timestamp was obtained: the bundle was written without one.</source>
        <translation>Уақыт мөрі алынбады: пакет онсыз жазылды.</translation>
    </message>
    <message>
        <source>Timestamped by {tsa} at {time} (UTC).</source>
        <translation>{tsa} уақыт мөрін басты: {time} (UTC).</translation>
    </message>
    <message>
        <source>No timestamp from {url}: {reason}.</source>
        <translation>{url} уақыт мөрін бермеді: {reason}.</translation>
    </message>
    <message>
        <source>Signed by the key with fingerprint {fingerprint}.</source>
        <translation>Саусақ ізі {fingerprint} болатын кілтпен қол қойылды.</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Show these refusals</source>
        <translation>Осы бас тартуларды көрсету</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Кестені көшіру</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Menus</source>
        <translation>Мәзірлер</translation>
    </message>
    <message>
        <source>Tagging photos (Photos tab, a photo of the case selected in the table or the grid)</source>
        <translation>Фотосуреттерді белгілеу («Фотосуреттер» қойындысы, істің фотосуреті кестеде немесе торда таңдалған)</translation>
    </message>
    <message>
        <source>Redacting a photo (Photos ▸ Redact…)</source>
        <translation>Фотосуреттегі бөлшектерді жасыру (Фотосуреттер ▸ Бөлшектерді жасыру…)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Skver Help</source>
        <translation>Skver анықтамасы</translation>
    </message>
</context>
<context>
    <name>ImportSourceDialog</name>
    <message>
        <source>Import into “{case}”</source>
        <translation>«{case}» ісіне импорттау</translation>
    </message>
    <message>
        <source>Import into the case</source>
        <translation>Іске импорттау</translation>
    </message>
    <message>
        <source>Into the case “{case}”</source>
        <translation>«{case}» ісіне</translation>
    </message>
    <message>
        <source>e.g. second phone, SD card</source>
        <translation>мыс. екінші телефон, SD карта</translation>
    </message>
    <message>
        <source>Also record the full paths on this computer</source>
        <translation>Осы компьютердегі толық жолдарды да жазу</translation>
    </message>
    <message>
        <source>The custody log records each file by its path inside the folder you chose (a file chosen on its own: by its name) and the source named here. Full paths can name you or this device, and they travel in every evidence bundle of the case.</source>
        <translation>Сақтау журналы әр файлды таңдалған қалтаның ішіндегі жолы бойынша (жеке таңдалған файлды — атауы бойынша) осында көрсетілген дереккөзбен бірге жазады. Толық жолдар сізді немесе осы құрылғыны көрсетуі мүмкін және істің әрбір дәлелдемелер пакетіне кіреді.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Name the source in one line of plain text.</source>
        <translation>Дереккөзді қарапайым мәтінмен бір жолға жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation>Импорт аяқталды</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт тоқтатылды</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicate} already in the case, {rejected} rejected.</source>
        <translation>Импортталды: {imported}, істе бұрыннан бар: {duplicate}, қабылданбады: {rejected}.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортталды</translation>
    </message>
    <message>
        <source>already in the case</source>
        <translation>істе бұрыннан бар</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>the same bytes were imported before</source>
        <translation>дәл осы байттар бұрын импортталған</translation>
    </message>
    <message>
        <source>skipped: link to outside the folder</source>
        <translation>өткізіп жіберілді: қалтадан тыс жерге сілтеме</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {done} of %n file(s): everything imported before stopping is kept and recorded. </source>
        <translation>
            <numerusform>%n файлдың {done} файлынан кейін тоқтатылды: тоқтағанға дейін импортталғанның бәрі сақталып, тіркелді. </numerusform>
            <numerusform>%n файлдың {done} файлынан кейін тоқтатылды: тоқтағанға дейін импортталғанның бәрі сақталып, тіркелді. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectWindow</name>
    <message>
        <source>Inspect files (not evidence)</source>
        <translation>Файлдарды тексеру (дәлелдеме емес)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Файлдарды қосу…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Қалтаны қосу…</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Тізімді тазалау</translation>
    </message>
    <message>
        <source>Drop photos or a folder here, or use Add files… or Add folder…. Skver only reads them; they stay where they are.</source>
        <translation>Фотосуреттерді немесе қалтаны осында сүйреп әкеліңіз не «Файлдарды қосу…» немесе «Қалтаны қосу…» батырмасын басыңыз. Skver оларды тек оқиды; олар өз орнында қалады.</translation>
    </message>
    <message>
        <source>Not evidence.</source>
        <translation>Дәлелдеме емес.</translation>
    </message>
    <message>
        <source>Skver only reads these files where they are. They are not in any case: nothing is copied, nothing is written to a custody log, and none of them counts in a case&apos;s photos, verdicts or reports. To keep photos as evidence, import them into a case.</source>
        <translation>Skver бұл файлдарды тұрған жерінде тек оқиды. Олар ешбір іске кірмейді: ештеңе көшірілмейді, сақтау журналына ештеңе жазылмайды және олардың ешқайсысы істің фотосуреттерінде, қорытындыларында немесе есептерінде есепке алынбайды. Фотосуреттерді дәлелдеме ретінде сақтау үшін оларды іске импорттаңыз.</translation>
    </message>
    <message>
        <source>Import into a case…</source>
        <translation>Іске импорттау…</translation>
    </message>
    <message>
        <source>Open or create a case first: the files are imported into the open case.</source>
        <translation>Алдымен істі ашыңыз немесе жасаңыз: файлдар ашық іске импортталады.</translation>
    </message>
    <message>
        <source>Import into “{case}”…</source>
        <translation>«{case}» ісіне импорттау…</translation>
    </message>
    <message>
        <source>Copies the files inspected here into the case “{case}” ({folder}) as evidence, asking first what they come from.</source>
        <translation>Мұнда тексерілген файлдарды «{case}» ісіне ({folder}) дәлелдеме ретінде көшіреді, алдымен олардың қайдан алынғанын сұрайды.</translation>
    </message>
    <message>
        <source>Photos and videos ({patterns});;All files (*)</source>
        <translation>Фотосуреттер мен бейнелер ({patterns});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Inspect a folder (not evidence)</source>
        <translation>Қалтаны тексеру (дәлелдеме емес)</translation>
    </message>
    <message>
        <source>Not a photo. Skver lists it because it was in what you chose, but cannot read it as a photo; it is not counted as one.</source>
        <translation>Фотосурет емес. Skver бұл файлды сіз таңдағанның ішінде болғандықтан көрсетеді, бірақ оны фотосурет ретінде оқи алмайды; ол фотосурет ретінде саналмайды.</translation>
    </message>
    <message>
        <source>This file could not be read, so Skver cannot tell whether it is a photo.</source>
        <translation>Бұл файлды оқу мүмкін болмады, сондықтан Skver оның фотосурет екенін не емесін айта алмайды.</translation>
    </message>
    <message>
        <source>Inspected only: this video is not in any case and is not evidence until it is imported into one.</source>
        <translation>Тек тексерілген: бұл бейне ешбір іске кірмейді және іске импортталғанға дейін дәлелдеме болып саналмайды.</translation>
    </message>
    <message>
        <source>Inspected only: this photo is not in any case and is not evidence until it is imported into one.</source>
        <translation>Тек тексерілген: бұл фотосурет ешбір іске кірмейді және іске импортталғанға дейін дәлелдеме болып саналмайды.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message numerus="yes">
        <source>Inspecting {done} of %n file(s)</source>
        <translation>
            <numerusform>Тексерілуде: %n файлдың {done}</numerusform>
            <numerusform>Тексерілуде: %n файлдың {done}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inspection cancelled after {done} of %n file(s).</source>
        <translation>
            <numerusform>Тексеру %n файлдың {done} файлынан кейін тоқтатылды.</numerusform>
            <numerusform>Тексеру %n файлдың {done} файлынан кейін тоқтатылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionDetail</name>
    <message>
        <source>{s:+,.1f} s (camera ahead by {rough})</source>
        <translation>{s:+,.1f} с (камера {rough} алда)</translation>
    </message>
    <message>
        <source>{s:+,.1f} s (camera behind by {rough})</source>
        <translation>{s:+,.1f} с (камера {rough} артта)</translation>
    </message>
    <message>
        <source>UTC{offset}, recorded by the camera</source>
        <translation>UTC{offset}, камера жазған</translation>
    </message>
    <message>
        <source>UTC{offset}, the time zone {zone} at the photo&apos;s position</source>
        <translation>UTC{offset}, түсірілген жердегі {zone} уақыт белдеуі</translation>
    </message>
    <message>
        <source>UTC{offset}, the case time zone {zone}</source>
        <translation>UTC{offset}, істің уақыт белдеуі {zone}</translation>
    </message>
    <message>
        <source>Unknown: no offset in the file, no GPS position and no case time zone</source>
        <translation>Белгісіз: файлда ауытқу жоқ, GPS координаттары жоқ және істің уақыт белдеуі берілмеген</translation>
    </message>
    <message>
        <source>Select a file in the list to see everything Skver read from it, and why each finding weakens it as evidence.</source>
        <translation>Skver файлдан не оқығанын және әр анықталған белгінің оның дәлелдеме ретіндегі күшін неге әлсірететінін көру үшін тізімнен файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>Photo {id}: {name}</source>
        <translation>{id}-фото: {name}</translation>
    </message>
    <message>
        <source>Kept in the case as {path}</source>
        <translation>Істе {path} ретінде сақталған</translation>
    </message>
    <message>
        <source>None: nothing Skver checks weakens this file as evidence.</source>
        <translation>Жоқ: Skver тексеретін ештеңе бұл файлдың дәлелдеме ретіндегі күшін әлсіретпейді.</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Файл түрі</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Өлшемдері</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Taken (camera clock)</source>
        <translation>Түсірілген (камера сағаты)</translation>
    </message>
    <message>
        <source>UTC offset</source>
        <translation>UTC-ден ауытқу</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Түсірілген (UTC)</translation>
    </message>
    <message>
        <source>{s:,.3f} s, from the movie header</source>
        <translation>{s:,.3f} с, бейнефайлдың тақырыбынан</translation>
    </message>
    <message>
        <source>{s:,.3f} s, from the picture stream</source>
        <translation>{s:,.3f} с, бейне ағынынан</translation>
    </message>
    <message>
        <source>UTC{offset}, as the video file records its start</source>
        <translation>UTC{offset}, бейнефайлда жазылған басталу уақыты бойынша</translation>
    </message>
    <message>
        <source>UTC{offset}; the moment itself from the trusted time-stamp of the file&apos;s Content Credentials</source>
        <translation>UTC{offset}; сәттің өзі — файлдың Content Credentials мәліметтерінің сенімді уақыт мөрі бойынша</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <source>Camera clock (UTC)</source>
        <translation>Камера сағаты (UTC)</translation>
    </message>
    <message>
        <source>GPS clock (UTC)</source>
        <translation>GPS сағаты (UTC)</translation>
    </message>
    <message>
        <source>Camera minus GPS</source>
        <translation>Камера минус GPS</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Координаттар</translation>
    </message>
    <message>
        <source>Altitude</source>
        <translation>Биіктігі</translation>
    </message>
    <message>
        <source>GPS accuracy</source>
        <translation>GPS дәлдігі</translation>
    </message>
    <message>
        <source>Bearing</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>When it was taken</source>
        <translation>Қашан түсірілген</translation>
    </message>
    <message>
        <source>Custody history</source>
        <translation>Сақтау тарихы</translation>
    </message>
    <message>
        <source>bundle {file} (case {case}): {path}</source>
        <translation>{file} пакеті ({case} ісі): {path}</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Байқаулар</translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people)</source>
        <translation>
            <numerusform>%n адам</numerusform>
            <numerusform>%n адам</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviewer}, {at} UTC · observation {id}</source>
        <translation>{reviewer}, {at} UTC · {id} байқау</translation>
    </message>
    <message>
        <source>Withdrawn on {at} UTC by {reviewer}; it no longer counts.</source>
        <translation>Кері қайтарып алынды ({reviewer}, {at} UTC); енді есепке алынбайды.</translation>
    </message>
    <message>
        <source>Corrected by observation {id} on {at} UTC by {reviewer}; it no longer counts.</source>
        <translation>{id} байқаумен түзетілді ({reviewer}, {at} UTC); енді есепке алынбайды.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Анықталған белгілер</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метадеректер</translation>
    </message>
    <message>
        <source>Started (as the file records it)</source>
        <translation>Басталуы (файлда жазылғандай)</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Басталуы (UTC)</translation>
    </message>
    <message>
        <source>Video {id}: {name}</source>
        <translation>{id}-бейне: {name}</translation>
    </message>
    <message>
        <source>{n:.1f} h</source>
        <translation>{n:.1f} сағ</translation>
    </message>
    <message>
        <source>true north</source>
        <translation>нақты солтүстік</translation>
    </message>
    <message>
        <source>magnetic north</source>
        <translation>магниттік солтүстік</translation>
    </message>
    <message>
        <source>When it was filmed</source>
        <translation>Бейне қашан түсірілген</translation>
    </message>
    <message>
        <source>{time} ± {doubt}</source>
        <translation>{time} ± {doubt}</translation>
    </message>
    <message>
        <source>Redacted for reports: they show a copy with regions blurred or blacked out; the original is unchanged.</source>
        <translation>Есептер үшін жасырылған: оларда аймақтары бұлыңғырланған немесе қара түспен жабылған көшірме көрсетіледі; түпнұсқа өзгерген жоқ.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Қашан (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>source “{label}”: {path}</source>
        <translation>«{label}» дереккөзі: {path}</translation>
    </message>
    <message>
        <source>source: {path}</source>
        <translation>дереккөз: {path}</translation>
    </message>
    <message>
        <source>No reviewer has recorded what this video shows yet.</source>
        <translation>Бұл бейнеде не көрінетінін әзірге бірде-бір тексеруші жазбаған.</translation>
    </message>
    <message>
        <source>No reviewer has recorded what this photo shows yet.</source>
        <translation>Бұл фотосуретте не көрінетінін әзірге бірде-бір тексеруші жазбаған.</translation>
    </message>
    <message>
        <source>{n:.1f} min</source>
        <translation>{n:.1f} мин</translation>
    </message>
    <message>
        <source>{s:+.1f} s</source>
        <translation>{s:+.1f} с</translation>
    </message>
    <message>
        <source>Refusals it bears on</source>
        <translation>Қатысты бас тартулар</translation>
    </message>
    <message>
        <source>at {moment} of the video</source>
        <translation>бейненің {moment} сәтінде</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Себебі: {reason}</translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} пкс</translation>
    </message>
    <message>
        <source>{n:,} bytes</source>
        <translation>{n:,} байт</translation>
    </message>
    <message>
        <source>{m:.1f} m</source>
        <translation>{m:.1f} м</translation>
    </message>
    <message>
        <source>± {m:.0f} m</source>
        <translation>± {m:.0f} м</translation>
    </message>
    <message>
        <source>Corrects observation {id}.</source>
        <translation>{id} байқауын түзетеді.</translation>
    </message>
</context>
<context>
    <name>InspectionModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <source>Taken (local)</source>
        <translation>Түсірілген (жергілікті)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Offset source</source>
        <translation>Ауытқу көзі</translation>
    </message>
    <message>
        <source>Dated by</source>
        <translation>Уақыт көзі</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Координаттар</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Анықталған белгілер</translation>
    </message>
    <message>
        <source>Whether a reviewer has recorded what the photo shows</source>
        <translation>Тексеруші фотосуретте не көрінетінін жазды ма</translation>
    </message>
    <message>
        <source>When the photo was taken, as the analysis dates it, in the time of the place it was taken</source>
        <translation>Фотосурет қашан түсірілді — талдау анықтаған уақыт, түсірілген жердің жергілікті уақытымен</translation>
    </message>
    <message>
        <source>When the photo was taken, as the analysis dates it, in UTC</source>
        <translation>Фотосурет қашан түсірілді — талдау анықтаған уақыт, UTC бойынша</translation>
    </message>
    <message>
        <source>What dates the photo: its GPS clock, or its camera clock with a UTC offset; and how far off the camera clock was where the GPS clock dates it</source>
        <translation>Түсірілген уақыт неден анықталды: GPS сағатынан немесе UTC-ден ауытқуы белгілі камера сағатынан; уақыт GPS сағаты бойынша анықталса, камера сағаты қаншаға қате болғаны</translation>
    </message>
    <message>
        <source>The UTC offset of the local time shown, and where it came from</source>
        <translation>Көрсетілген жергілікті уақыттың UTC-ден ауытқуы және оның көзі</translation>
    </message>
    <message>
        <source>Video ({type}), length not recorded</source>
        <translation>Бейне ({type}), ұзақтығы жазылмаған</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Content Credentials</translation>
    </message>
    <message>
        <source>Photo {id} of the case, imported as {name}</source>
        <translation>Істің {id}-фотосы, {name} ретінде импортталған</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>video file</source>
        <translation>бейнефайл</translation>
    </message>
    <message>
        <source>location</source>
        <translation>түсірілген жер</translation>
    </message>
    <message>
        <source>case default</source>
        <translation>іс бойынша әдепкі</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Video ({type}), {seconds:,.3f} s long</source>
        <translation>Бейне ({type}), ұзақтығы {seconds:,.3f} с</translation>
    </message>
    <message>
        <source>{offset} ({source})</source>
        <translation>{offset} ({source})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>No reviewer has recorded what this video shows yet.</source>
        <translation>Бұл бейнеде не көрінетінін әзірге бірде-бір тексеруші жазбаған.</translation>
    </message>
    <message>
        <source>No reviewer has recorded what this photo shows yet.</source>
        <translation>Бұл фотосуретте не көрінетінін әзірге бірде-бір тексеруші жазбаған.</translation>
    </message>
    <message>
        <source>Tagged by:</source>
        <translation>Белгілегендер:</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n белгі</numerusform>
            <numerusform>%n белгі</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyfileBackupDialog</name>
    <message>
        <source>Keep a copy of the keyfile</source>
        <translation>Кілт файлының көшірмесін сақтаңыз</translation>
    </message>
    <message>
        <source>The case&apos;s keyfile holds the key to everything in it, sealed by your passphrase. If the keyfile is damaged, the case is lost even with the right passphrase. Save a copy apart from this computer, for example on a USB stick kept elsewhere: the copy opens nothing without the passphrase. To use it, copy it back into the case folder as “keyfile”.</source>
        <translation>Істің кілт файлында оның бар мазмұнының кілті сіздің құпия сөз тіркесіңізбен қорғалып сақталады. Кілт файлы бүлінсе, құпия сөз тіркесі дұрыс болса да, іс жоғалады. Көшірмесін осы компьютерден бөлек сақтаңыз, мысалы, басқа жерде тұрған USB жинақтауышта: құпия сөз тіркесінсіз көшірме ештеңені ашпайды. Оны пайдалану үшін іс қалтасына «keyfile» деген атпен қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <source>Save a copy of the keyfile</source>
        <translation>Кілт файлының көшірмесін сақтау</translation>
    </message>
    <message>
        <source>A copy of the keyfile was saved to {path}. Move it off this computer, and make a new copy after changing the passphrase.</source>
        <translation>Кілт файлының көшірмесі сақталды: {path}. Оны осы компьютерден басқа жерге көшіріңіз, ал құпия сөз тіркесін өзгерткеннен кейін жаңа көшірме жасаңыз.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>LockedScreen</name>
    <message>
        <source>This case is locked. Enter its passphrase to continue.</source>
        <translation>Бұл іс құлыпталған. Жалғастыру үшін оның құпия сөз тіркесін енгізіңіз.</translation>
    </message>
    <message>
        <source>Not saved, kept in memory until you unlock this case: {what}. Opening another case or quitting discards it.</source>
        <translation>Сақталмаған, осы істің құлпын ашқанша жадта сақталады: {what}. Басқа істі ашсаңыз немесе бағдарламадан шықсаңыз, ол жойылады.</translation>
    </message>
</context>
<context>
    <name>LooseFilesModel</name>
    <message>
        <source>not a photo</source>
        <translation>фотосурет емес</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фотосурет</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Бұл не</translation>
    </message>
    <message>
        <source>video</source>
        <translation>бейне</translation>
    </message>
    <message numerus="yes">
        <source>%n with critical findings</source>
        <translation>
            <numerusform>сыни белгілері бар: %n</numerusform>
            <numerusform>сыни белгілері бар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (file that is not a photo|files that are not photos)</source>
        <translation>
            <numerusform>%n файл фотосурет емес</numerusform>
            <numerusform>%n файл фотосурет емес</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (file|files) that could not be read</source>
        <translation>
            <numerusform>%n файл оқылмады</numerusform>
            <numerusform>%n файл оқылмады</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Skver</source>
        <translation>Skver</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотосуреттер</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Бас тартулар</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Арнайы орындар</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n бас тарту</numerusform>
            <numerusform>%n бас тарту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with critical findings</source>
        <translation>
            <numerusform>сыни белгілері бар: %n</numerusform>
            <numerusform>сыни белгілері бар: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Show the whole case</source>
        <translation>Бүкіл істі көрсету</translation>
    </message>
    <message>
        <source>Open a case to see its map.</source>
        <translation>Картасын көру үшін істі ашыңыз.</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Карта салынуда…</translation>
    </message>
    <message>
        <source>No background map: choose a tile folder or an MBTiles file in the bar above the map, or switch the online map on there.</source>
        <translation>Астыңғы карта жоқ: картаның үстіндегі жолақта тайлдар қалтасын немесе MBTiles файлын таңдаңыз не сонда онлайн картаны қосыңыз.</translation>
    </message>
    <message>
        <source>{counts} in its window</source>
        <translation>оның кезеңінде {counts}</translation>
    </message>
    <message>
        <source>Refusal {number} · {venue}: {photos}.</source>
        <translation>{number} бас тарту · {venue}: {photos}.</translation>
    </message>
    <message>
        <source>The map page could not be loaded.</source>
        <translation>Карта бетін жүктеу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The map could not be drawn.</source>
        <translation>Картаны салу мүмкін болмады.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in its window</source>
        <translation>
            <numerusform>оның кезеңінде %n фото</numerusform>
            <numerusform>оның кезеңінде %n фото</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaCount</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n бейне</numerusform>
            <numerusform>%n бейне</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>Фо&amp;тосуреттер</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл (Language)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ЖЖЖЖ-АА-КК СС:ММ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Type it whole (2008-10-22 20:00 or 22.10.2008 20:00) or pick it from the calendar; Up and Down change the part under the cursor.</source>
        <translation>Толық жазыңыз (2008-10-22 20:00 немесе 22.10.2008 20:00) не күнтізбеден таңдаңыз; жоғары және төмен көрсеткілері курсор тұрған бөлікті өзгертеді.</translation>
    </message>
    <message>
        <source>Type it whole (2008-10-22 or 22.10.2008) or pick it from the calendar; Up and Down change the part under the cursor.</source>
        <translation>Толық жазыңыз (2008-10-22 немесе 22.10.2008) не күнтізбеден таңдаңыз; жоғары және төмен көрсеткілері курсор тұрған бөлікті өзгертеді.</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Күнтізбе…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (F4)</source>
        <translation>Күнді күнтізбеден таңдау (F4)</translation>
    </message>
</context>
<context>
    <name>MomentPicker</name>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Your name</source>
        <translation>Сіздің атыңыз</translation>
    </message>
    <message>
        <source>Before this is saved: who is working? Skver signs every observation, refusal and custody entry with this name, and a report&apos;s “Prepared by” starts with it.</source>
        <translation>Сақтамас бұрын: кім жұмыс істеп жатыр? Skver бұл атты әр байқауда, бас тартуда және сақтау журналының әр жазбасында көрсетеді, есептегі «Дайындаған» жолы да осы атпен басталады.</translation>
    </message>
    <message>
        <source>Skver signs every observation, refusal and custody entry with this name, and a report&apos;s “Prepared by” starts with it. A new name signs only what is recorded from now on; what was recorded keeps the name it was signed with.</source>
        <translation>Skver бұл атты әр байқауда, бас тартуда және сақтау журналының әр жазбасында көрсетеді, есептегі «Дайындаған» жолы да осы атпен басталады. Жаңа ат тек осы сәттен бастап жазылғанда көрсетіледі; бұрын жазылғанда бұрынғы ат қалады.</translation>
    </message>
    <message>
        <source>The name travels with the case: in its custody log, its reports and every evidence bundle exported from it. If being named could put you at risk, use the name your lawyer or organisation knows you by.</source>
        <translation>Ат іспен бірге жүреді: оның сақтау журналында, есептерінде және одан экспортталған әрбір дәлелдемелер пакетінде. Егер атыңызды көрсету сізге қауіп төндіруі мүмкін болса, заңгеріңіз немесе ұйымыңыз сізді білетін атты пайдаланыңыз.</translation>
    </message>
    <message>
        <source>e.g. Aigerim Bekova, monitor</source>
        <translation>мыс. Әйгерім Бекова, бақылаушы</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Осы атты пайдалану</translation>
    </message>
    <message>
        <source>Work without a name</source>
        <translation>Атсыз жұмыс істеу</translation>
    </message>
    <message>
        <source>Signs with “{unnamed}”: a court may give less weight to what nobody vouches for.</source>
        <translation>«{unnamed}» деп көрсетіледі: сот ешкім кепілдік бермейтін нәрсеге азырақ мән беруі мүмкін.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Type a name, or choose to work without one.</source>
        <translation>Атты жазыңыз немесе атсыз жұмыс істеуді таңдаңыз.</translation>
    </message>
    <message>
        <source>Type the name as one line of plain text.</source>
        <translation>Атты қарапайым мәтінмен бір жолға жазыңыз.</translation>
    </message>
    <message>
        <source>A name of at most {n} characters, please.</source>
        <translation>Ат {n} таңбадан аспауы керек.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Жаңа немесе бос қалта</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>e.g. Almaty refusals 2024</source>
        <translation>мыс. Алматыдағы бас тартулар 2024</translation>
    </message>
    <message>
        <source>Load the designated venues of Almaty (2020 decision)</source>
        <translation>Алматының арнайы орындарын жүктеу (2020 жылғы шешім)</translation>
    </message>
    <message>
        <source>Encrypt this case with a passphrase</source>
        <translation>Бұл істі құпия сөз тіркесімен шифрлау</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Сол құпия сөз тіркесі тағы бір рет</translation>
    </message>
    <message>
        <source>At least {n} characters; several unrelated words are stronger than one clever word. Without the passphrase nobody can read the case, Skver included: keep it safe.</source>
        <translation>Кемінде {n} таңба; бір-бірімен байланыссыз бірнеше сөз бір айлакер сөзден берік. Құпия сөз тіркесінсіз істі ешкім, Skver де, оқи алмайды: оны сенімді сақтаңыз.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>Local times of refusals and photos without a zone of their own are read in this zone.</source>
        <translation>Өз белдеуі жоқ бас тартулар мен фотосуреттердің жергілікті уақыты осы белдеу бойынша оқылады.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Тағы бір рет</translation>
    </message>
    <message>
        <source>Folder for the new case</source>
        <translation>Жаңа іске арналған қалта</translation>
    </message>
    <message>
        <source>Choose or type a folder for the case.</source>
        <translation>Іс үшін қалтаны таңдаңыз немесе жазыңыз.</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path.</source>
        <translation>Қалтаның толық жолын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the case a title (it heads the report).</source>
        <translation>Іске атау беріңіз (ол есептің басында тұрады).</translation>
    </message>
    <message>
        <source>A title of at most {n} characters, please (this is {length}).</source>
        <translation>Атауы {n} таңбадан аспауы керек (қазір {length}).</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone; pick one from the list (for example Asia/Almaty).</source>
        <translation>«{zone}» уақыт белдеуі емес; тізімнен біреуін таңдаңыз (мысалы, Asia/Almaty).</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>Құпия сөз тіркесінде кемінде {n} таңба болуы керек.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия сөз тіркесі сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>Observing</name>
    <message>
        <source>{n} people</source>
        <translation>{n} адам</translation>
    </message>
    <message>
        <source>Your changes to photo {id} were not saved: its case is no longer open.</source>
        <translation>{id}-фотосуреттегі өзгерістеріңіз сақталмады: оның ісі енді ашық емес.</translation>
    </message>
    <message>
        <source>Saving the observation…</source>
        <translation>Байқау сақталуда…</translation>
    </message>
    <message>
        <source>its case is no longer open.</source>
        <translation>оның ісі енді ашық емес.</translation>
    </message>
    <message>
        <source>Photo {id}: your correction of observation {earlier} saved (observation {new}).</source>
        <translation>{id}-фото: {earlier} байқауын түзетуіңіз сақталды ({new} байқау).</translation>
    </message>
    <message>
        <source>Photo {id}: observation {new} saved.</source>
        <translation>{id}-фото: {new} байқау сақталды.</translation>
    </message>
    <message>
        <source>Not saved (photo {id}): {why}</source>
        <translation>Сақталмады ({id}-фото): {why}</translation>
    </message>
    <message>
        <source>Your observation</source>
        <translation>Сіздің байқауыңыз</translation>
    </message>
    <message>
        <source>Photo {id}: “{typed}” is not a number of people, so your changes to it were not saved.</source>
        <translation>{id}-фото: «{typed}» адам саны емес, сондықтан өзгерістеріңіз сақталмады.</translation>
    </message>
    <message>
        <source>Go back to photo {id}</source>
        <translation>{id}-фотоға оралу</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Өзгерістерді сақтамау</translation>
    </message>
    <message>
        <source>Photo {id}: you cleared everything from your observation {obs}. Withdraw it?</source>
        <translation>{id}-фото: {obs} байқауыңыздан бәрін алып тастадыңыз. Оны кері қайтарып алу керек пе?</translation>
    </message>
    <message>
        <source>Withdraw it…</source>
        <translation>Кері қайтарып алу…</translation>
    </message>
    <message>
        <source>Keep it as saved</source>
        <translation>Сақталған күйінде қалдыру</translation>
    </message>
    <message>
        <source>You have no observation of photo {id} to withdraw.</source>
        <translation>{id}-фотосурет бойынша кері қайтарып алатын байқауыңыз жоқ.</translation>
    </message>
    <message>
        <source>Nothing to withdraw: no observation you recorded in this window still counts.</source>
        <translation>Кері қайтарып алатын ештеңе жоқ: осы терезеде жазған байқауларыңыздың бірде-біреуі енді есепке алынбайды.</translation>
    </message>
    <message>
        <source>Withdrawing the observation…</source>
        <translation>Байқау кері қайтарып алынуда…</translation>
    </message>
    <message>
        <source>Photo {id}: your observation {obs} was withdrawn; it no longer counts.</source>
        <translation>{id}-фото: {obs} байқауыңыз кері қайтарып алынды; ол енді есепке алынбайды.</translation>
    </message>
    <message>
        <source>your changes to photo(s) {photos}</source>
        <translation>{photos} фотосуреттеріндегі өзгерістеріңіз</translation>
    </message>
    <message>
        <source>Your changes to photo(s) {photos} could not be saved. Leave the case without them?</source>
        <translation>{photos} фотосуреттеріндегі өзгерістеріңізді сақтау мүмкін болмады. Істі оларсыз жабу керек пе?</translation>
    </message>
    <message>
        <source>Leave without them</source>
        <translation>Істі оларсыз жабу</translation>
    </message>
    <message>
        <source>Your changes to photo(s) {photos} could not be saved. Close without them?</source>
        <translation>{photos} фотосуреттеріндегі өзгерістеріңізді сақтау мүмкін болмады. Оларсыз жабу керек пе?</translation>
    </message>
    <message>
        <source>Close without them</source>
        <translation>Оларсыз жабу</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Оралу</translation>
    </message>
</context>
<context>
    <name>OccupancyWindow</name>
    <message>
        <source>The akimat&apos;s published occupancy</source>
        <translation>Әкімдік жариялаған жүктеме</translation>
    </message>
    <message>
        <source>Constitutional Court normative resolution No. 61-NP of 20 January 2025 requires the akimat to publish on its website the occupancy of the specialised places: the planned events, their place, date, start and end time and expected number of participants. Keep copies of that page here and the events it lists: each refusal whose ground is another event is held against them.</source>
        <translation>Қазақстан Республикасы Конституциялық Сотының 2025 жылғы 20 қаңтардағы № 61-НҚ нормативтік қаулысы әкімдікке өзінің интернет-ресурсында арнайы орындардың жүктемесін жариялауды міндеттейді: жоспарланған іс-шаралар, орны, күні, басталу және аяқталу уақыты және қатысушылардың күтілетін саны. Осы беттің көшірмелерін және онда көрсетілген іс-шараларды осында сақтаңыз: негізі басқа іс-шара деп көрсетілген әрбір бас тарту солармен салыстырылады.</translation>
    </message>
    <message>
        <source>Copies of the page kept in the case</source>
        <translation>Істе сақталған бет көшірмелері</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>Пішімі</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Қалай алынды</translation>
    </message>
    <message>
        <source>Captured (UTC)</source>
        <translation>Сақталған уақыты (UTC)</translation>
    </message>
    <message>
        <source>Dates it lists</source>
        <translation>Қамтитын күндері</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Events the page lists</source>
        <translation>Беттегі іс-шаралар</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Қатысушылардың күтілетін саны</translation>
    </message>
    <message>
        <source>Event, as printed</source>
        <translation>Іс-шара, жазылғандай</translation>
    </message>
    <message>
        <source>Keep a saved page…</source>
        <translation>Сақталған бетті қосу…</translation>
    </message>
    <message>
        <source>Capture from the web…</source>
        <translation>Интернеттен сақтау…</translation>
    </message>
    <message>
        <source>Read its table…</source>
        <translation>Оның кестесін оқу…</translation>
    </message>
    <message>
        <source>Dates it lists…</source>
        <translation>Қамтитын күндері…</translation>
    </message>
    <message>
        <source>Its list is complete…</source>
        <translation>Тізім толық…</translation>
    </message>
    <message>
        <source>Remove the event…</source>
        <translation>Іс-шараны жою…</translation>
    </message>
    <message>
        <source>Add an event…</source>
        <translation>Іс-шара қосу…</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>captured by Skver</source>
        <translation>Skver сақтаған</translation>
    </message>
    <message>
        <source>saved by a person</source>
        <translation>адам сақтаған</translation>
    </message>
    <message>
        <source>Read from the page&apos;s table: {row}</source>
        <translation>Бет кестесінен оқылды: {row}</translation>
    </message>
    <message>
        <source>Typed in by a person</source>
        <translation>Адам енгізген</translation>
    </message>
    <message>
        <source>Keeping the page</source>
        <translation>Бет істе сақталуда</translation>
    </message>
    <message>
        <source>Keeping the captured page</source>
        <translation>Алынған бет істе сақталуда</translation>
    </message>
    <message>
        <source>Recording the event</source>
        <translation>Іс-шара жазылуда</translation>
    </message>
    <message>
        <source>Recording the dates the page lists</source>
        <translation>Бет қамтитын күндер жазылуда</translation>
    </message>
    <message>
        <source>Recording that the page&apos;s list is complete</source>
        <translation>Бет тізімінің толық екенін жазу</translation>
    </message>
    <message>
        <source>Removing the event</source>
        <translation>Іс-шара жойылуда</translation>
    </message>
    <message>
        <source>Reading the page&apos;s table</source>
        <translation>Бет кестесі оқылуда</translation>
    </message>
    <message>
        <source>Recording the table&apos;s events</source>
        <translation>Кестедегі іс-шаралар жазылуда</translation>
    </message>
</context>
<context>
    <name>PageCapturer</name>
    <message>
        <source>The page {url} could not be loaded: check the address and that this computer is online.</source>
        <translation>{url} беті жүктелмеді: мекенжайды және осы компьютердің интернетке қосылғанын тексеріңіз.</translation>
    </message>
    <message>
        <source>The page {url} loaded but could not be printed to a PDF.</source>
        <translation>{url} беті жүктелді, бірақ оны PDF-ке сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The page {url} did not load within {seconds} seconds; nothing was captured.</source>
        <translation>{url} беті {seconds} секунд ішінде жүктелмеді; ештеңе сақталған жоқ.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted case</source>
        <translation>Шифрланған іс</translation>
    </message>
    <message>
        <source>The case in {folder} is encrypted. Enter its passphrase to open it.</source>
        <translation>{folder} қалтасындағы іс шифрланған. Оны ашу үшін құпия сөз тіркесін енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Wrong passphrase for this case; nothing was changed.</source>
        <translation>Бұл істің құпия сөз тіркесі қате; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The case&apos;s keyfile is damaged: no passphrase can open the case with it. Copy the keyfile you saved (Save a copy…, offered when the case was made) into the case folder as “keyfile”, then open the case with the passphrase it had when you saved it.</source>
        <translation>Істің кілт файлы бүлінген: онымен істі ешбір құпия сөз тіркесі аша алмайды. Сақтаған кілт файлыңызды (іс құрылғанда ұсынылған «Көшірмесін сақтау…») іс қалтасына «keyfile» деген атпен көшіріңіз, содан кейін істі көшірмені сақтаған кездегі құпия сөз тіркесімен ашыңыз.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Құлпы ашылуда…</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>it has one kind of character only</source>
        <translation>онда тек бір түрлі таңбалар бар</translation>
    </message>
    <message>
        <source>it repeats a few characters</source>
        <translation>онда бірнеше таңба қайталанады</translation>
    </message>
    <message>
        <source>it follows the alphabet, the digits or the keyboard</source>
        <translation>ол әліпби, цифрлар немесе пернетақта ретімен жүреді</translation>
    </message>
    <message>
        <source>it is a common password or word with a few characters added</source>
        <translation>бұл бірнеше таңба қосылған кең таралған құпия сөз немесе сөз</translation>
    </message>
    <message>
        <source>This passphrase is weak: {why}. It will be accepted, but several unrelated words are much harder to guess.</source>
        <translation>Бұл құпия сөз тіркесі әлсіз: {why}. Ол қабылданады, бірақ бір-бірімен байланыссыз бірнеше сөзді табу әлдеқайда қиын.</translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <source>Import photos into “{case}”…</source>
        <translation>Фотосуреттерді «{case}» ісіне импорттау…</translation>
    </message>
    <message>
        <source>Import folder into “{case}”…</source>
        <translation>Қалтаны «{case}» ісіне импорттау…</translation>
    </message>
    <message>
        <source>Into the case “{case}” in {folder}</source>
        <translation>{folder} қалтасындағы «{case}» ісіне</translation>
    </message>
    <message>
        <source>Import photos into “{case}”</source>
        <translation>Фотосуреттерді «{case}» ісіне импорттау</translation>
    </message>
    <message>
        <source>Photos, videos and ProofMode or Tella proofs ({patterns});;All files (*)</source>
        <translation>Фотосуреттер, бейнелер және ProofMode не Tella дәлелдері ({patterns});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import a folder into “{case}”</source>
        <translation>Қалтаны «{case}» ісіне импорттау</translation>
    </message>
    <message>
        <source>Importing photos into “{case}”…</source>
        <translation>Фотосуреттер «{case}» ісіне импортталуда…</translation>
    </message>
    <message>
        <source>An import is already running; drop the files again when it has finished.</source>
        <translation>Импорт жүріп жатыр; ол аяқталған соң файлдарды қайта сүйреп әкеліңіз.</translation>
    </message>
</context>
<context>
    <name>PhotoTime</name>
    <message>
        <source>{reading}, {duration} ahead of the GPS clock</source>
        <translation>{reading}, GPS сағатынан {duration} алға кеткен</translation>
    </message>
    <message>
        <source>{reading}, {duration} behind the GPS clock</source>
        <translation>{reading}, GPS сағатынан {duration} қалып қойған</translation>
    </message>
    <message>
        <source>{source}; camera {duration} ahead</source>
        <translation>{source}; камера {duration} алда</translation>
    </message>
    <message>
        <source>{source}; camera {duration} behind</source>
        <translation>{source}; камера {duration} артта</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>уақыты белгісіз</translation>
    </message>
    <message>
        <source>{reading}, {duration} ahead of the credentials&apos; time-stamp</source>
        <translation>{reading}, Content Credentials мәліметтерінің уақыт мөрінен {duration} алға кеткен</translation>
    </message>
    <message>
        <source>{reading}, {duration} behind the credentials&apos; time-stamp</source>
        <translation>{reading}, Content Credentials мәліметтерінің уақыт мөрінен {duration} қалып қойған</translation>
    </message>
    <message>
        <source>Not dated: neither a camera clock with a known UTC offset nor a GPS clock says when it was taken.</source>
        <translation>Уақыты белгісіз: UTC-ден ауытқуы белгілі камера сағаты да, GPS сағаты да оның қашан түсірілгенін көрсетпейді.</translation>
    </message>
    <message>
        <source>{reading} (its UTC offset is unknown)</source>
        <translation>{reading} (UTC-ден ауытқуы белгісіз)</translation>
    </message>
    <message>
        <source>Taken {time} ± {doubt}</source>
        <translation>Түсірілген уақыты: {time} ± {doubt}</translation>
    </message>
</context>
<context>
    <name>PhotosEmptyState</name>
    <message>
        <source>The case “{case}” has no photos yet</source>
        <translation>«{case}» ісінде әзірге фотосурет жоқ</translation>
    </message>
    <message>
        <source>Import the photos of a visit, or drop them here: Skver copies each original into this case unchanged and records it in the case&apos;s custody log.</source>
        <translation>Бару кезінде түсірілген фотосуреттерді импорттаңыз немесе осында сүйреп әкеліңіз: Skver әр түпнұсқаны осы іске өзгертпей көшіріп, істің сақтау журналына жазады.</translation>
    </message>
    <message>
        <source>Case folder: {folder}</source>
        <translation>Іс қалтасы: {folder}</translation>
    </message>
    <message>
        <source>To look at photos without adding them to this case, use File ▸ Inspect files (not evidence)…</source>
        <translation>Фотосуреттерді осы іске қоспай қарау үшін Файл ▸ Файлдарды тексеру (дәлелдеме емес)… пәрменін таңдаңыз</translation>
    </message>
    <message>
        <source>No case is open</source>
        <translation>Ешбір іс ашылмаған</translation>
    </message>
    <message>
        <source>A case keeps the photos of visits, the venues and the refusals of one matter, with a custody log of every change. Create one, open one, or look around the demo case.</source>
        <translation>Іс бір мәселе бойынша бару кезінде түсірілген фотосуреттерді, арнайы орындарды және бас тартуларды әр өзгеріс жазылатын сақтау журналымен бірге сақтайды. Іс жасаңыз, бар істі ашыңыз немесе демо істі қарап шығыңыз.</translation>
    </message>
    <message>
        <source>Inspect files only reads photos where they are, to check them before a visit or an import: nothing is kept.</source>
        <translation>«Файлдарды тексеру» фотосуреттерді тұрған жерінде тек оқиды, оларды баруға немесе импорттауға дейін тексеру үшін: ештеңе сақталмайды.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>RecentCasesMenu</name>
    <message>
        <source>Recent cases</source>
        <translation>Соңғы істер</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>Соңғы істер жоқ</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Redact photo {id}</source>
        <translation>{id}-фотосуреттегі бөлшектерді жасыру</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Фотосуретті оқу…</translation>
    </message>
    <message>
        <source>Drag over each bystander&apos;s face or number plate. Ticked regions are hidden in reports; the original is never changed.</source>
        <translation>Әр бөгде адамның бетін және әр көлік нөмірін тышқанмен қоршаңыз. Белгіленген аймақтар есептерде жасырылады; түпнұсқа ешқашан өзгермейді.</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Көлік нөмірі</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Бұлыңғырлау</translation>
    </message>
    <message>
        <source>Black out</source>
        <translation>Қара түспен жабу</translation>
    </message>
    <message>
        <source>Region shows:</source>
        <translation>Аймақта:</translation>
    </message>
    <message>
        <source>Hide by:</source>
        <translation>Қалай жасыру:</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Аймақты жою</translation>
    </message>
    <message>
        <source>Propose faces</source>
        <translation>Беттерді ұсыну</translation>
    </message>
    <message>
        <source>Proposals are dashed and count only once ticked. The detector misses small, turned or masked faces and sometimes sees a face in a pattern: check each one and draw the faces it missed.</source>
        <translation>Ұсыныстар үзік сызықпен қоршалған және белгіленгенде ғана есептеледі. Детектор кішкентай, бұрылған немесе бетпердемен жабылған беттерді өткізіп алады және кейде өрнектен бет көреді: әр ұсынысты тексеріп, өткізілген беттерді өзіңіз қоршаңыз.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Remove redaction</source>
        <translation>Жасыруды алып тастау</translation>
    </message>
    <message>
        <source>This photo is redacted for reports: edit its regions and apply, or remove the redaction.</source>
        <translation>Бұл фотосуретте бөлшектер есептер үшін жасырылған: аймақтарды өзгертіп, «Қолдану» батырмасын басыңыз немесе «Жасыруды алып тастау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>{reason}: {place}</source>
        <translation>{reason}: {place}</translation>
    </message>
    <message>
        <source>{region} (proposed)</source>
        <translation>{region} (ұсынылған)</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Беттерді іздеу…</translation>
    </message>
    <message>
        <source>Draw a region, or tick a proposed one, first.</source>
        <translation>Алдымен аймақты қоршаңыз немесе ұсынылғанын белгілеңіз.</translation>
    </message>
    <message>
        <source>Saving the redaction…</source>
        <translation>Жасырылған аймақтарды сақтау…</translation>
    </message>
    <message>
        <source>Removing the redaction…</source>
        <translation>Жасыру алынып тасталуда…</translation>
    </message>
    <message>
        <source>Remove the region selected in the list</source>
        <translation>Тізімде таңдалған аймақты жою</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) proposed: tick each one that really is a face.</source>
        <translation>
            <numerusform>Ұсынылған беттер: %n. Шынымен бет болғанының әрқайсысын белгілеңіз.</numerusform>
            <numerusform>Ұсынылған беттер: %n. Шынымен бет болғанының әрқайсысын белгілеңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>Select a photo of the case to redact.</source>
        <translation>Бөлшектерін жасыру үшін істің фотосуретін таңдаңыз.</translation>
    </message>
    <message>
        <source>The photo&apos;s redaction is updated; the original is unchanged.</source>
        <translation>Фотосуреттің жасырылған аймақтары жаңартылды; түпнұсқа өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Discard the regions you drew on this photo?</source>
        <translation>Осы фотосуретте белгілеген аймақтарыңызды сақтамау керек пе?</translation>
    </message>
    <message>
        <source>They have not been applied: the photo&apos;s redaction is as it was.</source>
        <translation>Олар қолданылмады: фотосуреттің жасырылған аймақтары бұрынғыдай.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>the regions drawn on photo {id}</source>
        <translation>{id}-фотосуреттегі белгіленген аймақтар</translation>
    </message>
</context>
<context>
    <name>RefusalActions</name>
    <message>
        <source>&amp;Refusals</source>
        <translation>&amp;Бас тартулар</translation>
    </message>
    <message>
        <source>Choose one or more of the case&apos;s photos first.</source>
        <translation>Алдымен істің бір немесе бірнеше фотосуретін таңдаңыз.</translation>
    </message>
    <message>
        <source>Save or cancel the refusal being edited first.</source>
        <translation>Алдымен өзгертіліп жатқан бас тартуды сақтаңыз немесе болдырмаңыз.</translation>
    </message>
    <message>
        <source>the new refusal being added</source>
        <translation>қосылып жатқан жаңа бас тарту</translation>
    </message>
    <message>
        <source>your changes to refusal {number}</source>
        <translation>{number} бас тартудағы өзгерістеріңіз</translation>
    </message>
    <message>
        <source>Saving the refusal…</source>
        <translation>Бас тарту сақталуда…</translation>
    </message>
    <message>
        <source>Refusal saved.</source>
        <translation>Бас тарту сақталды.</translation>
    </message>
    <message>
        <source>Attach the scanned letter of {number}</source>
        <translation>{number} хатының сканын тіркеу</translation>
    </message>
    <message>
        <source>Letters (PDF, JPEG, PNG) ({patterns});;All files (*)</source>
        <translation>Хаттар (PDF, JPEG, PNG) ({patterns});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Attaching the letter…</source>
        <translation>Хат тіркелуде…</translation>
    </message>
    <message>
        <source>Letter attached.</source>
        <translation>Хат тіркелді.</translation>
    </message>
    <message>
        <source>Import refusals from a spreadsheet</source>
        <translation>Бас тартуларды кестеден импорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.CSV *.txt);;All files (*)</source>
        <translation>CSV файлдары (*.csv *.CSV *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Importing refusals…</source>
        <translation>Бас тартулар импортталуда…</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Бас тартулар</translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s) imported.</source>
        <translation>
            <numerusform>%n бас тарту импортталды.</numerusform>
            <numerusform>%n бас тарту импортталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalDetail</name>
    <message>
        <source>Select a refusal to see its excuse, the window it claims, the verdict and the reasons for it.</source>
        <translation>Бас тарту негізін, онда көрсетілген кезеңді, қорытындыны және қорытындының негіздемесін көру үшін бас тартуды таңдаңыз.</translation>
    </message>
    <message>
        <source>Refusal dated {date}; excuse: {category}</source>
        <translation>{date} күнгі бас тарту; негізі: {category}</translation>
    </message>
    <message>
        <source>The excuse, as written</source>
        <translation>Бас тарту негізі, жазылған күйінде</translation>
    </message>
    <message>
        <source>Claimed window</source>
        <translation>Бас тартуда көрсетілген кезең</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>The photos speak for {share:.0%} of the window ({covered} of {total}).</source>
        <translation>Фотосуреттер кезеңнің {share:.0%} бөлігін қамтиды ({total} ішінен {covered}).</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} сағ {m:02d} мин</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} мин</translation>
    </message>
    <message>
        <source>local</source>
        <translation>жергілікті</translation>
    </message>
    <message>
        <source>{m:.0f} m inside the venue</source>
        <translation>орын шегінде {m:.0f} м</translation>
    </message>
    <message>
        <source>{m:.0f} m outside the venue</source>
        <translation>орыннан тыс {m:.0f} м</translation>
    </message>
    <message>
        <source>Photos in the window</source>
        <translation>Кезеңдегі фотосуреттер</translation>
    </message>
    <message>
        <source>Local ({zone}, UTC{offset})</source>
        <translation>Жергілікті ({zone}, UTC{offset})</translation>
    </message>
    <message>
        <source>Gaps with no photo:</source>
        <translation>Фотосуреті жоқ аралықтар:</translation>
    </message>
    <message>
        <source>{local} local ({utc} UTC)</source>
        <translation>{local} жергілікті ({utc} UTC)</translation>
    </message>
    <message>
        <source>{utc} UTC</source>
        <translation>{utc} UTC</translation>
    </message>
    <message>
        <source>Photo {id}</source>
        <translation>{id}-фото</translation>
    </message>
</context>
<context>
    <name>RefusalFilterBar</name>
    <message>
        <source>All venues</source>
        <translation>Барлық орындар</translation>
    </message>
    <message>
        <source>All excuses</source>
        <translation>Барлық негіздер</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Барлық қорытындылар</translation>
    </message>
    <message>
        <source>Window date</source>
        <translation>Кезең күні</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Құжат күні</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <source>from</source>
        <translation>басы</translation>
    </message>
    <message>
        <source>to</source>
        <translation>соңы</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n refusal(s) shown</source>
        <translation>
            <numerusform>%n бас тартудың {shown} көрсетілген</numerusform>
            <numerusform>%n бас тартудың {shown} көрсетілген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalForm</name>
    <message>
        <source>Edit refusal</source>
        <translation>Бас тартуды өзгерту</translation>
    </message>
    <message>
        <source>Add refusal</source>
        <translation>Жаңа бас тарту</translation>
    </message>
    <message>
        <source>e.g. 18:00–21:00</source>
        <translation>мыс. 18:00–21:00</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Choose the venue the letter refuses…</source>
        <translation>Бас тартуда айтылған арнайы орынды таңдаңыз…</translation>
    </message>
    <message>
        <source>The reason, word for word as in the letter</source>
        <translation>Бас тарту негізі, хаттағыдай сөзбе-сөз</translation>
    </message>
    <message>
        <source>Confirmed by me</source>
        <translation>Мен растаймын</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>жазылмаған</translation>
    </message>
    <message>
        <source>picket</source>
        <translation>пикеттеу</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>жиналыс</translation>
    </message>
    <message>
        <source>rally</source>
        <translation>митинг</translation>
    </message>
    <message>
        <source>demonstration</source>
        <translation>демонстрация</translation>
    </message>
    <message>
        <source>march</source>
        <translation>шеру</translation>
    </message>
    <message>
        <source>Left empty, the letter&apos;s date stands for the day the answer was received.</source>
        <translation>Бос қалдырылса, жауап алынған күн ретінде хаттың күні алынады.</translation>
    </message>
    <message>
        <source>none cited</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>The other place or time the letter proposes, if any</source>
        <translation>Хатта ұсынылған басқа орын және (немесе) уақыт, бар болса</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Құжат күні</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>Event requested for</source>
        <translation>Жиналыстың мәлімделген күні</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>сағ</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Күтілетін қатысушылар саны</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Арнайы орын</translation>
    </message>
    <message>
        <source>Claimed unavailable (local time, {zone})</source>
        <translation>Қолжетімсіздік кезеңі (жергілікті уақыт, {zone})</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Excuse, verbatim</source>
        <translation>Бас тарту негізі сөзбе-сөз</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Негіздің түрі</translation>
    </message>
    <message>
        <source>Scanned letter</source>
        <translation>Хаттың сканы</translation>
    </message>
    <message>
        <source>Procedure (as the letter and the notification show it)</source>
        <translation>Тәртіп (хат пен хабарлама көрсеткендей)</translation>
    </message>
    <message>
        <source>Form of assembly</source>
        <translation>Бейбіт жиналыстың нысаны</translation>
    </message>
    <message>
        <source>Notification registered</source>
        <translation>Хабарлама тіркелді</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Жауап алынды</translation>
    </message>
    <message>
        <source>Ground cited (Art. 14(1))</source>
        <translation>Көрсетілген бас тарту негізі (14-баптың 1-тармағы)</translation>
    </message>
    <message>
        <source>Other place or time proposed</source>
        <translation>Басқа орын және (немесе) уақыт ұсынылды</translation>
    </message>
    <message>
        <source>kept in the case ({path})</source>
        <translation>істе сақталған ({path})</translation>
    </message>
    <message>
        <source>Proposed from {photos}: the first taken {first}, the last {last}, as the analysis dates them (which may differ from the camera&apos;s clock). The window runs from the first one&apos;s minute to the end of the last one&apos;s: check it against the letter.</source>
        <translation>Фото бойынша ұсыныс ({photos}): біріншісі — {first}, соңғысы — {last} (талдау бойынша; камера сағаты басқа болуы мүмкін). Кезең біріншісінің минутынан соңғысының минуты біткенше: хатпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>None of the photos chosen has a time the analysis can use: type the window as the letter gives it.</source>
        <translation>Таңдалған фотосуреттердің ешқайсысында талдау пайдалана алатын уақыт жоқ: кезеңді хатта көрсетілгендей жазыңыз.</translation>
    </message>
    <message>
        <source>Every photo chosen is at {venue}.</source>
        <translation>Таңдалған фотосуреттердің бәрі «{venue}» орнында түсірілген.</translation>
    </message>
    <message>
        <source>The photos chosen are at more than one venue of the list ({venues}): choose the one the letter names.</source>
        <translation>Таңдалған фотосуреттер тізімдегі бірнеше орында түсірілген ({venues}): хатта аталғанын таңдаңыз.</translation>
    </message>
    <message>
        <source>The photos chosen are not all at one venue of the list: choose the venue.</source>
        <translation>Таңдалған фотосуреттердің бәрі тізімдегі бір орында түсірілмеген: арнайы орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>detected: {language}</source>
        <translation>анықталды: {language}</translation>
    </message>
    <message>
        <source>Proposed: {category}</source>
        <translation>Ұсынылғаны: {category}</translation>
    </message>
    <message>
        <source>matched {words}</source>
        <translation>сәйкес келді: {words}</translation>
    </message>
    <message>
        <source>nothing matched</source>
        <translation>сәйкестік жоқ</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>әлі расталмаған</translation>
    </message>
    <message>
        <source>UTC{offset}, as typed</source>
        <translation>UTC{offset}, жазылғандай</translation>
    </message>
    <message>
        <source>(this hour came twice: type {offset} after the time for the second)</source>
        <translation>(бұл сағат екі рет болды: екіншісі үшін уақыттан кейін {offset} жазыңыз)</translation>
    </message>
    <message>
        <source>The scanned refusal letter</source>
        <translation>Бас тарту хатының сканы</translation>
    </message>
    <message>
        <source>Letters (PDF, JPEG, PNG) ({patterns});;All files (*)</source>
        <translation>Хаттар (PDF, JPEG, PNG) ({patterns});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Type or pick when the claimed unavailability starts.</source>
        <translation>Қолжетімсіздік кезеңінің басталуын жазыңыз немесе таңдаңыз.</translation>
    </message>
    <message>
        <source>Type or pick when the claimed unavailability ends.</source>
        <translation>Қолжетімсіздік кезеңінің аяқталуын жазыңыз немесе таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no such day or time: {text}.</source>
        <translation>Мұндай күн немесе уақыт жоқ: {text}.</translation>
    </message>
    <message>
        <source>Give the time of day too, e.g. 2008-10-22 20:00.</source>
        <translation>Уақытын да көрсетіңіз, мыс. 2008-10-22 20:00.</translation>
    </message>
    <message>
        <source>A date alone takes no UTC offset: type it as 2008-10-22.</source>
        <translation>Жалғыз күнге UTC-ден ауытқу жазылмайды: оны 2008-10-22 түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Skver does not read this as a date and time: type it as 2008-10-22 20:00 (or 22.10.2008 20:00).</source>
        <translation>Skver мұны күн мен уақыт ретінде оқи алмайды: 2008-10-22 20:00 (немесе 22.10.2008 20:00) түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Skver does not read this as a date: type it as 2008-10-22 (or 22.10.2008).</source>
        <translation>Skver мұны күн ретінде оқи алмайды: 2008-10-22 (немесе 22.10.2008) түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>At most {limit} characters; this is {length}.</source>
        <translation>Ең көбі {limit} таңба; қазір {length}.</translation>
    </message>
    <message>
        <source>Keep the reason&apos;s own words here and attach the scanned letter for the whole text.</source>
        <translation>Мұнда бас тарту негізін хаттың өз сөздерімен қалдырыңыз, ал толық мәтін үшін хаттың сканын тіркеңіз.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Қысқартыңыз.</translation>
    </message>
    <message>
        <source>Type the document&apos;s number as the letter gives it.</source>
        <translation>Құжат нөмірін хатта көрсетілгендей жазыңыз.</translation>
    </message>
    <message>
        <source>Another refusal in this case already records this document for this venue and window.</source>
        <translation>Бұл істе осы орын мен кезең үшін осы құжат жазылған басқа бас тарту бар.</translation>
    </message>
    <message>
        <source>Type the date the letter gives.</source>
        <translation>Хатта көрсетілген күнді жазыңыз.</translation>
    </message>
    <message>
        <source>There is no such day: {text}.</source>
        <translation>Мұндай күн жоқ: {text}.</translation>
    </message>
    <message>
        <source>Give a number of people (0 or more), or leave it not stated.</source>
        <translation>Адам санын көрсетіңіз (0 не одан көп) немесе «көрсетілмеген» күйінде қалдырыңыз.</translation>
    </message>
    <message>
        <source>Choose the venue the letter refuses.</source>
        <translation>Бас тартуда айтылған арнайы орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>This venue is no longer in the case: choose another.</source>
        <translation>Бұл арнайы орын енді істе жоқ: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The case&apos;s time zone ({zone}) is not known on this computer, so the times cannot be read.</source>
        <translation>Істің уақыт белдеуі ({zone}) бұл компьютерде белгісіз, сондықтан уақытты оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The window reaches past the ends of the calendar.</source>
        <translation>Кезең күнтізбенің шегінен шығып кетеді.</translation>
    </message>
    <message>
        <source>The window must end after it starts: {end} is not after {start}.</source>
        <translation>Кезең басталғаннан кейін аяқталуы керек: {end} уақыты {start} уақытынан кейін емес.</translation>
    </message>
    <message>
        <source>Copy the reason the letter gives, word for word.</source>
        <translation>Хаттағы бас тарту негізін сөзбе-сөз көшіріңіз.</translation>
    </message>
    <message>
        <source>The notification is registered after the day of the assembly ({day}).</source>
        <translation>Хабарлама бейбіт жиналыс өтетін күннен кейін тіркелген ({day}).</translation>
    </message>
    <message>
        <source>The answer cannot come before the notification was registered ({day}).</source>
        <translation>Жауап хабарлама тіркелгенге дейін алынуы мүмкін емес ({day}).</translation>
    </message>
    <message>
        <source>The answer cannot be received before the letter&apos;s date ({day}).</source>
        <translation>Жауап хаттың күнінен бұрын алынуы мүмкін емес ({day}).</translation>
    </message>
    <message>
        <source>Type the date as 2008-10-22 (or 22.10.2008).</source>
        <translation>Күнді 2008-10-22 (немесе 22.10.2008) түрінде енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the form of assembly, or leave it not recorded.</source>
        <translation>Бейбіт жиналыстың нысанын таңдаңыз немесе «жазылмаған» күйінде қалдырыңыз.</translation>
    </message>
    <message>
        <source>Choose the item of Art. 14(1) the letter cites, or none cited.</source>
        <translation>Хатта көрсетілген 14-баптың 1-тармағының тармақшасын немесе «көрсетілмеген» таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the category of the reason.</source>
        <translation>Негіздің түрін таңдаңыз.</translation>
    </message>
    <message>
        <source>Discard what you typed in this refusal?</source>
        <translation>Осы бас тартуға жазғаныңызды сақтамау керек пе?</translation>
    </message>
    <message>
        <source>Discard your changes to this refusal?</source>
        <translation>Осы бас тартудағы өзгерістеріңізді сақтамау керек пе?</translation>
    </message>
    <message>
        <source>Nothing of it has been saved.</source>
        <translation>Оның ешбірі сақталмаған.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message numerus="yes">
        <source>Left out, with no time the analysis can use: %n photo(s).</source>
        <translation>
            <numerusform>Талдау пайдалана алатын уақыты жоқ болғандықтан есепке алынбады: %n фото.</numerusform>
            <numerusform>Талдау пайдалана алатын уақыты жоқ болғандықтан есепке алынбады: %n фото.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To correct before saving: %n problem(s), each shown beside its field.</source>
        <translation>
            <numerusform>Сақтамас бұрын түзету керек: %n мәселе, әрқайсысы өз өрісінің жанында көрсетілген.</numerusform>
            <numerusform>Сақтамас бұрын түзету керек: %n мәселе, әрқайсысы өз өрісінің жанында көрсетілген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without a position: %n photo(s); choose the venue.</source>
        <translation>
            <numerusform>Координаттары жоқ: %n фото; арнайы орынды таңдаңыз.</numerusform>
            <numerusform>Координаттары жоқ: %n фото; арнайы орынды таңдаңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalModel</name>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Excuse</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотосуреттер</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Қамту</translation>
    </message>
</context>
<context>
    <name>RefusalsView</name>
    <message>
        <source>Show on map</source>
        <translation>Картада көрсету</translation>
    </message>
</context>
<context>
    <name>RemoveEntryForm</name>
    <message>
        <source>Remove event {n}</source>
        <translation>№ {n} іс-шараны жою</translation>
    </message>
    <message>
        <source>The custody log keeps what the event was and why it was removed.</source>
        <translation>Сақтау тізбегінің журналында іс-шараның не болғаны және неге жойылғаны сақталады.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>Reviewer</name>
    <message>
        <source>Working as: {name}</source>
        <translation>Жұмыс істеуші: {name}</translation>
    </message>
    <message>
        <source>Working as: (name not given)</source>
        <translation>Жұмыс істеуші: (аты көрсетілмеген)</translation>
    </message>
    <message>
        <source>What you record is signed with this name. Click to change it.</source>
        <translation>Бұл ат сіз жазғанның бәрінде көрсетіледі. Өзгерту үшін басыңыз.</translation>
    </message>
    <message>
        <source>Not saved: Skver signs each change with the name of who made it, and none was given. Do it again to be asked once more.</source>
        <translation>Сақталмады: Skver әр өзгерісте оны енгізген адамның атын көрсетеді, ал ат берілмеді. Атты қайта сұрау үшін әрекетті қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Counting the files…</source>
        <translation>Файлдар саналуда…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n file(s)</source>
        <translation>
            <numerusform>%n файлдың {done}</numerusform>
            <numerusform>%n файлдың {done}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedPageForm</name>
    <message>
        <source>Keep a saved page</source>
        <translation>Сақталған бетті қосу</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>File (HTML, PDF or screenshot):</source>
        <translation>Файл (HTML, PDF немесе скриншот):</translation>
    </message>
    <message>
        <source>Address it was saved from:</source>
        <translation>Ол сақталған мекенжай:</translation>
    </message>
    <message>
        <source>Saved at (with its UTC offset):</source>
        <translation>Сақталған уақыты (UTC-ден ығысуымен):</translation>
    </message>
    <message>
        <source>The saved page</source>
        <translation>Сақталған бет</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>critical</source>
        <translation>сыни</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <source>info</source>
        <translation>ақпарат</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>белгілер анықталмады</translation>
    </message>
</context>
<context>
    <name>StatisticsModel</name>
    <message>
        <source>Refusals</source>
        <translation>Бас тартулар</translation>
    </message>
    <message>
        <source>Inconsistent, of those tested</source>
        <translation>Сәйкес келмейді (тексерілгендердің үлесі)</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Venue</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Excuse</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>By venue</source>
        <translation>Орындар бойынша</translation>
    </message>
    <message>
        <source>By excuse</source>
        <translation>Негіздер бойынша</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Айлар бойынша</translation>
    </message>
    <message>
        <source>Recurring excuses: the same excuse for the same venue in several months, never borne out</source>
        <translation>Қайталанатын негіздер: бір орын үшін бірнеше айда келтірілген, фотоматериалдар бірде-бір рет растамаған бір негіз</translation>
    </message>
    <message>
        <source>No excuse recurs in this case.</source>
        <translation>Бұл істе негіздер қайталанбайды.</translation>
    </message>
    <message>
        <source>The case has no refusals yet.</source>
        <translation>Істе әзірге бас тарту жоқ.</translation>
    </message>
    <message>
        <source>The photos are inconsistent with the stated ground in {rate} of the refusals they could test.</source>
        <translation>Тексеруге болған бас тартулардың {rate} бөлігінде фотоматериалдар көрсетілген негізге сәйкес келмейді.</translation>
    </message>
    <message>
        <source>{venue}: “{excuse}” {in_months} ({months}); {photographed}, {contradicted}, none borne out.</source>
        <translation>{venue}: «{excuse}» {in_months} ({months}); {photographed}; {contradicted}; негізді растайтыны: бірде-біреуі жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s): {verdicts}.</source>
        <translation>
            <numerusform>%n бас тарту: {verdicts}.</numerusform>
            <numerusform>%n бас тарту: {verdicts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>%n айда</numerusform>
            <numerusform>%n айда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{photographed} of %n refusal(s) photographed</source>
        <translation>
            <numerusform>%n бас тартудың {photographed} суретке түсірілген</numerusform>
            <numerusform>%n бас тартудың {photographed} суретке түсірілген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableReadForm</name>
    <message>
        <source>Events read from the page&apos;s table</source>
        <translation>Бет кестесінен оқылған іс-шаралар</translation>
    </message>
    <message>
        <source>Each row as the page prints it. Where its place matches no venue by name, choose the venue it is, or leave it out. Rows already recorded from this page are not recorded twice.</source>
        <translation>Әр жол бетте жазылғандай. Егер орын атауы бойынша істегі ешбір орынға сәйкес келмесе, оның қай орын екенін таңдаңыз немесе жолды жазбаңыз. Осы беттен бұрын жазылған жолдар қайта жазылмайды.</translation>
    </message>
    <message>
        <source>Place, as printed</source>
        <translation>Орын, жазылғандай</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Қатысушылардың күтілетін саны</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— жазбау —</translation>
    </message>
    <message>
        <source>{n} rows could not be read as events (no date, or no start and end time).</source>
        <translation>Іс-шара ретінде оқылмаған жолдар (күні немесе басталу және аяқталу уақыты жоқ): {n}.</translation>
    </message>
    <message>
        <source>The page has more than {n} table rows; those after them were not read: type their events in.</source>
        <translation>Бетте кестенің {n} жолынан көп жолы бар; олардан кейінгілері оқылмады: олардың іс-шараларын қолмен енгізіңіз.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
</context>
<context>
    <name>TaggingKeys</name>
    <message>
        <source>Type how many people the photo shows</source>
        <translation>Фотосуреттегі адам санын жазу</translation>
    </message>
    <message>
        <source>Type a note on what the photo shows</source>
        <translation>Фотосуретте не көрінетіні туралы жазба жазу</translation>
    </message>
    <message>
        <source>Save the observation and go to the next photo</source>
        <translation>Байқауды сақтап, келесі фотосуретке өту</translation>
    </message>
    <message>
        <source>From the people count on to the note</source>
        <translation>Адам саны өрісінен жазбаға өту</translation>
    </message>
    <message>
        <source>Back to the photos; what was typed stays</source>
        <translation>Фотосуреттерге оралу; жазылғаны сақталады</translation>
    </message>
    <message>
        <source>Another photo (left and right in the grid); what you changed on this one is saved, or you are asked</source>
        <translation>Басқа фотосурет (солға және оңға — торда); осы фотосуреттегі өзгерістеріңіз сақталады немесе сізден сұралады</translation>
    </message>
    <message>
        <source>Tick or untick “{tag}”</source>
        <translation>«{tag}» белгісін қою немесе алу</translation>
    </message>
    <message>
        <source>{key} in People</source>
        <translation>«Адамдар» өрісінде {key}</translation>
    </message>
    <message>
        <source>{key} in People or Note</source>
        <translation>«Адамдар» немесе «Жазба» өрісінде {key}</translation>
    </message>
</context>
<context>
    <name>TaggingPanel</name>
    <message>
        <source>not counted</source>
        <translation>саналмаған</translation>
    </message>
    <message>
        <source>What the photo shows, in a sentence</source>
        <translation>Фотосуретте не көрінетіні, бір сөйлеммен</translation>
    </message>
    <message>
        <source>P  People</source>
        <translation>P  Адамдар</translation>
    </message>
    <message>
        <source>N  Note</source>
        <translation>N  Жазба</translation>
    </message>
    <message>
        <source>No moment</source>
        <translation>Сәтті алып тастау</translation>
    </message>
    <message>
        <source>The observation names no moment of the video</source>
        <translation>Байқау бейненің ешбір сәтін атамайды</translation>
    </message>
    <message>
        <source>Keys 1–9 toggle a tag, P the people count, N a note; Enter saves the observation and moves to the next photo.</source>
        <translation>1–9 пернелері белгіні қосады не алады, P — адамдар саны, N — жазба; Enter байқауды сақтап, келесі фотосуретке өтеді.</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Кері қайтарып алу…</translation>
    </message>
    <message>
        <source>Withdraw your observation of this photo: it stays in the custody log, marked withdrawn, and no longer counts.</source>
        <translation>Осы фотосурет бойынша байқауыңызды кері қайтарып алу: ол сақтау журналында «кері қайтарып алынды» деген белгімен қалады және енді есепке алынбайды.</translation>
    </message>
    <message>
        <source>What the video shows, in a sentence</source>
        <translation>Бейнеде не көрінетіні, бір сөйлеммен</translation>
    </message>
    <message>
        <source>The observation names no moment of the video: choose a frame above and press “Use this moment for the observation”.</source>
        <translation>Байқау бейненің ешбір сәтін атамайды: жоғарыдан кадрды таңдап, «Осы сәтті байқауда көрсету» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>The observation names the frame at {moment} from the video&apos;s start.</source>
        <translation>Байқау бейненің басынан {moment} сәттегі кадрды атайды.</translation>
    </message>
    <message>
        <source>Not saved yet: saved when you go to another photo, or press Enter.</source>
        <translation>Әлі сақталмаған: басқа фотосуретке өткенде немесе Enter басқанда сақталады.</translation>
    </message>
    <message>
        <source>Changed, not saved yet: saved as a correction when you go to another photo, or press Enter.</source>
        <translation>Өзгертілді, әлі сақталмаған: басқа фотосуретке өткенде немесе Enter басқанда түзету ретінде сақталады.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>You withdrew your observation of this video: nothing of yours counts for it.</source>
        <translation>Сіз осы бейне бойынша байқауыңызды кері қайтарып алдыңыз: ол бойынша сіздің ешбір жазбаңыз есепке алынбайды.</translation>
    </message>
    <message>
        <source>You withdrew your observation of this photo: nothing of yours counts for it.</source>
        <translation>Сіз осы фотосурет бойынша байқауыңызды кері қайтарып алдыңыз: ол бойынша сіздің ешбір жазбаңыз есепке алынбайды.</translation>
    </message>
    <message>
        <source>You have recorded nothing for this video yet.</source>
        <translation>Сіз бұл бейне бойынша әзірге ештеңе жазбадыңыз.</translation>
    </message>
    <message>
        <source>You have recorded nothing for this photo yet.</source>
        <translation>Сіз бұл фотосурет бойынша әзірге ештеңе жазбадыңыз.</translation>
    </message>
    <message>
        <source>Saved: your correction (observation {id}, {when} UTC) of observation {earlier}.</source>
        <translation>Сақталды: {earlier} байқауын түзетуіңіз ({id} байқау, {when} UTC).</translation>
    </message>
    <message>
        <source>Saved: your observation {id}, {when} UTC.</source>
        <translation>Сақталды: {id} байқауыңыз, {when} UTC.</translation>
    </message>
    <message>
        <source>You have {n} observations of this video in effect; the form shows the latest.</source>
        <translation>Бұл бейне бойынша күшіндегі байқауларыңыз: {n}; формада соңғысы көрсетілген.</translation>
    </message>
    <message>
        <source>You have {n} observations of this photo in effect; the form shows the latest.</source>
        <translation>Бұл фотосурет бойынша күшіндегі байқауларыңыз: {n}; формада соңғысы көрсетілген.</translation>
    </message>
</context>
<context>
    <name>VenueForm</name>
    <message>
        <source>New venue</source>
        <translation>Жаңа арнайы орын</translation>
    </message>
    <message>
        <source>Venue {slug}</source>
        <translation>{slug} арнайы орны</translation>
    </message>
    <message>
        <source>e.g. gandhi-park</source>
        <translation>мыс. gandhi-park</translation>
    </message>
    <message>
        <source>not set: from the start</source>
        <translation>көрсетілмеген: басынан бері</translation>
    </message>
    <message>
        <source>not set: still valid</source>
        <translation>көрсетілмеген: әлі күшінде</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Коды (slug)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Атауы (ағылшынша)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Күші біткен күні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Орналасуы</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Сыйымдылығы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Пішіні</translation>
    </message>
    <message>
        <source>From a photo</source>
        <translation>Фотосуреттен</translation>
    </message>
    <message>
        <source>Point with a radius</source>
        <translation>Радиусы бар нүкте</translation>
    </message>
    <message>
        <source>Outline (polygon)</source>
        <translation>Контур (көпбұрыш)</translation>
    </message>
    <message>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <source>Lon</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Радиус</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Картаға қою</translation>
    </message>
    <message>
        <source>Use its GPS</source>
        <translation>Оның GPS-ын алу</translation>
    </message>
    <message>
        <source>No photo in the case has a GPS position</source>
        <translation>Істегі бірде-бір фотосуретте GPS координаттары жоқ</translation>
    </message>
    <message>
        <source>Draw on the map</source>
        <translation>Картада сызу</translation>
    </message>
    <message numerus="yes">
        <source>%n corner(s); click “Draw on the map”, then click each corner on the map.</source>
        <translation>
            <numerusform>%n бұрыш; «Картада сызу» батырмасын басып, картадағы әр бұрышты шертіңіз.</numerusform>
            <numerusform>%n бұрыш; «Картада сызу» батырмасын басып, картадағы әр бұрышты шертіңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueModel</name>
    <message>
        <source>surveyed</source>
        <translation>жерде өлшенген</translation>
    </message>
    <message>
        <source>photo GPS</source>
        <translation>фото GPS-ы</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>шамамен</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>The venue&apos;s name in the interface&apos;s language; its legal basis on hover</source>
        <translation>Орынның интерфейс тіліндегі атауы; меңзерді апарғанда — құқықтық негізі</translation>
    </message>
    <message>
        <source>The city the venue is in</source>
        <translation>Орын орналасқан қала</translation>
    </message>
    <message>
        <source>The first day the venue is designated for assemblies (—: from the start)</source>
        <translation>Орын арнайы орындар тізбесіне енген алғашқы күн (—: басынан бері)</translation>
    </message>
    <message>
        <source>The last day the venue is designated for assemblies (—: still designated)</source>
        <translation>Орын арнайы орындар тізбесінде болған соңғы күн (—: әлі де тізбеде)</translation>
    </message>
    <message>
        <source>How sure the venue&apos;s position is: surveyed, from a photo&apos;s GPS, or approximate</source>
        <translation>Орынның орналасуы қаншалықты нақты: жерде өлшенген, фото GPS-ы бойынша немесе шамамен</translation>
    </message>
    <message>
        <source>How many refusals name this venue</source>
        <translation>Осы орынға қатысты бас тартулар саны</translation>
    </message>
    <message>
        <source>What the photos make of those refusals: how many of each verdict</source>
        <translation>Фотоматериалдар осы бас тартулар бойынша не көрсетеді: әр қорытындының саны</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translation>Құқықтық негіз: {basis}</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Күші біткен күні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Орналасуы</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Бас тартулар</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Қорытындылар</translation>
    </message>
</context>
<context>
    <name>VenuesView</name>
    <message>
        <source>Add venue…</source>
        <translation>Орын қосу…</translation>
    </message>
    <message>
        <source>Edit venue…</source>
        <translation>Орынды өзгерту…</translation>
    </message>
    <message>
        <source>Double-click a venue to edit it; click one on the map to find it here.</source>
        <translation>Орынды өзгерту үшін оны екі рет шертіңіз; осы жерден табу үшін картадағы орынды шертіңіз.</translation>
    </message>
    <message>
        <source>Photo {id} · {name}</source>
        <translation>{id}-фото · {name}</translation>
    </message>
    <message>
        <source>Discard what you typed in this venue?</source>
        <translation>Осы орынға жазғаныңызды сақтамау керек пе?</translation>
    </message>
    <message>
        <source>Nothing of it has been saved.</source>
        <translation>Оның ешбірі сақталмаған.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>the new venue being added</source>
        <translation>қосылып жатқан жаңа орын</translation>
    </message>
    <message>
        <source>your changes to venue {slug}</source>
        <translation>{slug} орнындағы өзгерістеріңіз</translation>
    </message>
    <message>
        <source>Saving the venue…</source>
        <translation>Орын сақталуда…</translation>
    </message>
    <message>
        <source>Bundled dataset: {name}</source>
        <translation>Кірістірілген жинақ: {name}</translation>
    </message>
    <message>
        <source>A GeoJSON file…</source>
        <translation>GeoJSON файлы…</translation>
    </message>
    <message>
        <source>Import venues</source>
        <translation>Арнайы орындарды импорттау</translation>
    </message>
    <message>
        <source>Import venues from:</source>
        <translation>Арнайы орындарды импорттау көзі:</translation>
    </message>
    <message>
        <source>Import venues (GeoJSON)</source>
        <translation>Арнайы орындарды импорттау (GeoJSON)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>A venue in the file whose slug is already in the case: update it from the file? (No: such a venue stops the import.)</source>
        <translation>Файлда коды істе бұрыннан бар орын кездесті: оны файлдан жаңарту керек пе? (Жоқ — мұндай орын импортты тоқтатады.)</translation>
    </message>
    <message>
        <source>Importing venues…</source>
        <translation>Арнайы орындар импортталуда…</translation>
    </message>
    <message>
        <source>Export venues</source>
        <translation>Арнайы орындарды экспорттау</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;KML for Google Earth (*.kml)</source>
        <translation>GeoJSON (*.geojson);;Google Earth үшін KML (*.kml)</translation>
    </message>
    <message>
        <source>Venues exported to {path}.</source>
        <translation>Арнайы орындар {path} файлына экспортталды.</translation>
    </message>
    <message>
        <source>Venue saved.</source>
        <translation>Орын сақталды.</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Арнайы орындар</translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) imported.</source>
        <translation>
            <numerusform>Импортталған арнайы орындар: %n.</numerusform>
            <numerusform>Импортталған арнайы орындар: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Intact: every check passed.</source>
        <translation>Бүтін: барлық тексерістен өтті.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Түсініктеме: {note}</translation>
    </message>
    <message>
        <source>Bundle {path}</source>
        <translation>{path} пакеті</translation>
    </message>
    <message>
        <source>Signed by the key with fingerprint {fingerprint}.</source>
        <translation>Саусақ ізі {fingerprint} болатын кілтпен қол қойылған.</translation>
    </message>
    <message>
        <source>The signature does not match.</source>
        <translation>Қолтаңба сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Қол қойылмаған.</translation>
    </message>
    <message>
        <source>Checked against the fingerprint you were given: {fingerprint}.</source>
        <translation>Сізге берілген кілттің саусақ ізімен салыстырылды: {fingerprint}.</translation>
    </message>
    <message>
        <source>Checked against the report filed in court: {name}.</source>
        <translation>Сотқа берілген есеппен салыстырылды: {name}.</translation>
    </message>
    <message>
        <source>Held to nothing outside the bundle yet: a forger can make a changed bundle agree with itself. Check it against the filed report or the fingerprint you were given (below).</source>
        <translation>Пакет әзірге өзінен тыс ештеңемен салыстырылған жоқ: қолдан жасаушы өзгертілген пакетті іштей қайшылықсыз ете алады. Оны сотқа берілген есеппен немесе сізге басқа жолмен берілген кілттің саусақ ізімен салыстырыңыз (төменде).</translation>
    </message>
    <message>
        <source>Timestamp {file}: the manifest existed by {time} (UTC), as {tsa} attests.</source>
        <translation>Уақыт мөрі {file}: манифест {time} (UTC) уақытына дейін болған, мұны {tsa} куәландырады.</translation>
    </message>
    <message>
        <source>Timestamp {file}: {time} (UTC) by {tsa}, an authority not on the trust list: the time is not proven.</source>
        <translation>Уақыт мөрі {file}: {time} (UTC), {tsa} берген, ол сенім тізімінде жоқ: уақыт дәлелденбеген.</translation>
    </message>
    <message>
        <source>Timestamp {file}: over another manifest; this one was changed after it was timestamped.</source>
        <translation>Уақыт мөрі {file}: басқа манифестке басылған; бұл манифест мөр басылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>Timestamp {file}: damaged or altered; it proves nothing.</source>
        <translation>Уақыт мөрі {file}: зақымдалған немесе өзгертілген, ештеңені дәлелдемейді.</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Тексеру мүмкін болмады</translation>
    </message>
    <message>
        <source>Skver hit a bug while checking.</source>
        <translation>Тексеру кезінде Skver-де қате шықты.</translation>
    </message>
    <message>
        <source>Verify evidence bundle</source>
        <translation>Дәлелдемелер пакетін тексеру</translation>
    </message>
    <message>
        <source>Verify this case</source>
        <translation>Осы істі тексеру</translation>
    </message>
    <message>
        <source>Verifying the case…</source>
        <translation>Іс тексерілуде…</translation>
    </message>
    <message numerus="yes">
        <source>Custody log: %n entr(y|ies), hash chain recomputed</source>
        <translation>
            <numerusform>Сақтау журналы: %n жазба, хеш-сомалар тізбегі қайта есептелді</numerusform>
            <numerusform>Сақтау журналы: %n жазба, хеш-сомалар тізбегі қайта есептелді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Intact, but read the %n note(s) below before relying on this result.</source>
        <translation>
            <numerusform>Бүтін, бірақ бұл нәтижеге сүйенбес бұрын төмендегі %n түсініктемені оқыңыз.</numerusform>
            <numerusform>Бүтін, бірақ бұл нәтижеге сүйенбес бұрын төмендегі %n түсініктемені оқыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT INTACT: %n discrepanc(y|ies).</source>
        <translation>
            <numerusform>БҮТІН ЕМЕС: %n сәйкессіздік.</numerusform>
            <numerusform>БҮТІН ЕМЕС: %n сәйкессіздік.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{intact} of %n file(s) intact (SHA-256 recomputed)</source>
        <translation>
            <numerusform>%n файлдың {intact} бүтін (SHA-256 хеш-сомалары қайта есептелді)</numerusform>
            <numerusform>%n файлдың {intact} бүтін (SHA-256 хеш-сомалары қайта есептелді)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{intact} of %n original(s) intact (SHA-256 recomputed)</source>
        <translation>
            <numerusform>%n түпнұсқаның {intact} бүтін (SHA-256 хеш-сомалары қайта есептелді)</numerusform>
            <numerusform>%n түпнұсқаның {intact} бүтін (SHA-256 хеш-сомалары қайта есептелді)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoFrames</name>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>The moment shown, in seconds from the video&apos;s start</source>
        <translation>Көрсетілген сәт, бейненің басынан бастап секундпен</translation>
    </message>
    <message>
        <source>Use this moment for the observation</source>
        <translation>Осы сәтті байқауда көрсету</translation>
    </message>
    <message>
        <source>The observation you save of this video names this moment; the report shows this frame beside it.</source>
        <translation>Осы бейне бойынша сақтайтын байқауыңыз осы сәтті атайды; есепте оның жанында осы кадр көрсетіледі.</translation>
    </message>
    <message>
        <source>Video, {length} long: the frame at a moment you choose</source>
        <translation>Ұзақтығы {length} бейне: сіз таңдаған сәттегі кадр</translation>
    </message>
    <message>
        <source>The frame at {moment} could not be shown: {why}</source>
        <translation>{moment} сәтіндегі кадрды көрсету мүмкін болмады: {why}</translation>
    </message>
</context>
<context>
    <name>ViewToggle</name>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Every photo with its times, position and findings</source>
        <translation>Әр фотосурет уақыты, координаттары және анықталған белгілерімен</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Тор</translation>
    </message>
    <message>
        <source>The case&apos;s photos as thumbnails</source>
        <translation>Істің фотосуреттері шағын суреттер түрінде</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Photos inconsistent with the stated ground</source>
        <translation>Фотоматериалдар көрсетілген негізге сәйкес келмейді</translation>
    </message>
    <message>
        <source>Photos bear out the stated ground</source>
        <translation>Фотоматериалдар көрсетілген негізді растайды</translation>
    </message>
    <message>
        <source>Photos point both ways</source>
        <translation>Фотоматериалдар әртүрлі жаққа меңзейді</translation>
    </message>
    <message>
        <source>Cannot be established from the photos</source>
        <translation>Фотоматериалдар бойынша анықтау мүмкін емес</translation>
    </message>
    <message>
        <source>Inconsistent with the ground</source>
        <translation>Негізге сәйкес келмейді</translation>
    </message>
    <message>
        <source>Bearing out the ground</source>
        <translation>Негізді растайды</translation>
    </message>
    <message>
        <source>Pointing both ways</source>
        <translation>Әртүрлі жаққа меңзейді</translation>
    </message>
    <message>
        <source>Cannot be established</source>
        <translation>Анықтау мүмкін емес</translation>
    </message>
    <message>
        <source>At least one photo taken at the venue in the claimed window shows what is inconsistent with the stated ground, and none bears it out.</source>
        <translation>Бас тартуда көрсетілген кезеңде осы орында түсірілген кемінде бір фотосурет көрсетілген негізге сәйкес келмейтін жағдайды көрсетеді, ал бірде-біреуі оны растамайды.</translation>
    </message>
    <message>
        <source>Photos taken at the venue in the claimed window bear the stated ground out, and none is inconsistent with it.</source>
        <translation>Бас тартуда көрсетілген кезеңде осы орында түсірілген фотосуреттер көрсетілген негізді растайды, ал бірде-біреуі оған сәйкес келмейтін жағдайды көрсетпейді.</translation>
    </message>
    <message>
        <source>Some photos are inconsistent with the stated ground and some bear it out.</source>
        <translation>Кейбір фотосуреттер көрсетілген негізге сәйкес келмейді, ал кейбірі оны растайды.</translation>
    </message>
    <message>
        <source>No counting photo bears on the stated ground, or it is a ground photos cannot test.</source>
        <translation>Есепке алынған бірде-бір фотосурет көрсетілген негізге қатысты емес немесе бұл негізді фотосуреттермен тексеру мүмкін емес.</translation>
    </message>
    <message>
        <source>repair works</source>
        <translation>жөндеу жұмыстары</translation>
    </message>
    <message>
        <source>another event</source>
        <translation>басқа іс-шара</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>орынның сыйымдылығы</translation>
    </message>
    <message>
        <source>public order</source>
        <translation>қоғамдық тәртіп</translation>
    </message>
    <message>
        <source>epidemic</source>
        <translation>эпидемиялық жағдай</translation>
    </message>
    <message>
        <source>procedural</source>
        <translation>рәсімдік негіздер</translation>
    </message>
    <message>
        <source>late filing</source>
        <translation>беру мерзімінің бұзылуы</translation>
    </message>
    <message>
        <source>not a designated venue</source>
        <translation>орын арнайы орын болып табылмайды</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <source>venue empty</source>
        <translation>орын бос</translation>
    </message>
    <message>
        <source>no event visible</source>
        <translation>іс-шара көрінбейді</translation>
    </message>
    <message>
        <source>event in progress</source>
        <translation>іс-шара өтіп жатыр</translation>
    </message>
    <message>
        <source>stage or equipment</source>
        <translation>сахна немесе жабдық</translation>
    </message>
    <message>
        <source>no repair activity</source>
        <translation>жөндеу көрінбейді</translation>
    </message>
    <message>
        <source>repair activity</source>
        <translation>жөндеу жүріп жатыр</translation>
    </message>
    <message>
        <source>barriers or fencing</source>
        <translation>тосқауылдар немесе қоршау</translation>
    </message>
    <message>
        <source>access open</source>
        <translation>кіру ашық</translation>
    </message>
    <message>
        <source>access blocked</source>
        <translation>кіру жабық</translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistent with the ground</source>
        <translation>
            <numerusform>%n — фотоматериалдар негізге сәйкес келмейді</numerusform>
            <numerusform>%n — фотоматериалдар негізге сәйкес келмейді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (bears|bear) out the ground</source>
        <translation>
            <numerusform>%n — фотоматериалдар негізді растайды</numerusform>
            <numerusform>%n — фотоматериалдар негізді растайды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (points|point) both ways</source>
        <translation>
            <numerusform>%n — фотоматериалдар әртүрлі жаққа меңзейді</numerusform>
            <numerusform>%n — фотоматериалдар әртүрлі жаққа меңзейді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be established</source>
        <translation>
            <numerusform>%n — фотоматериалдар бойынша анықтау мүмкін емес</numerusform>
            <numerusform>%n — фотоматериалдар бойынша анықтау мүмкін емес</numerusform>
        </translation>
    </message>
    <message>
        <source>no English name recorded</source>
        <translation>ағылшынша атауы жазылмаған</translation>
    </message>
    <message>
        <source>no Russian name recorded</source>
        <translation>орысша атауы жазылмаған</translation>
    </message>
    <message>
        <source>no Kazakh name recorded</source>
        <translation>қазақша атауы жазылмаған</translation>
    </message>
    <message>
        <source>{verdict} (with limits)</source>
        <translation>{verdict} (шектеулермен)</translation>
    </message>
    <message>
        <source>Limited by: {limits}</source>
        <translation>Шектеулер: {limits}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw the observation</source>
        <translation>Байқауды кері қайтарып алу</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ештеңе)</translation>
    </message>
    <message>
        <source>Withdraw your observation {id} of photo {photo}: {what}?</source>
        <translation>{photo}-фотосурет бойынша {id} байқауыңызды кері қайтарып алу керек пе: {what}?</translation>
    </message>
    <message>
        <source>It stays in the case and in the custody log, marked withdrawn, and no longer counts towards any verdict.</source>
        <translation>Ол істе және сақтау журналында «кері қайтарып алынды» деген белгімен қалады және енді ешбір қорытындыда есепке алынбайды.</translation>
    </message>
    <message>
        <source>What you changed in the form and did not save is discarded.</source>
        <translation>Формадағы сақталмаған өзгерістер жойылады.</translation>
    </message>
    <message>
        <source>Why (optional; kept with the withdrawal):</source>
        <translation>Себебі (міндетті емес; кері қайтарып алумен бірге сақталады):</translation>
    </message>
    <message>
        <source>e.g. another day&apos;s photo</source>
        <translation>мыс. басқа күнгі фотосурет</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Кері қайтарып алу</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Dates the page lists:</source>
        <translation>Бет қамтитын күндер:</translation>
    </message>
    <message>
        <source>Without them no absence of an event is claimed from the page.</source>
        <translation>Оларсыз беттен іс-шараның жоқтығы туралы тұжырым жасалмайды.</translation>
    </message>
</context>
</TS>
