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
        <source>Import photos…</source>
        <translation>Фотосуреттерді импорттау…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Қалтаны импорттау…</translation>
    </message>
    <message>
        <source>Import venues (GeoJSON)…</source>
        <translation>Алаңдарды импорттау (GeoJSON)…</translation>
    </message>
    <message>
        <source>Export venues (GeoJSON / KML)…</source>
        <translation>Алаңдарды экспорттау (GeoJSON / KML)…</translation>
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
        <translation>Айғақтар пакетін тексеру…</translation>
    </message>
    <message>
        <source>Inspect photos…</source>
        <translation>Фотосуреттерді тексеру…</translation>
    </message>
    <message>
        <source>Inspect folder…</source>
        <translation>Қалтаны тексеру…</translation>
    </message>
    <message>
        <source>Clear inspected photos</source>
        <translation>Тексерілген фотосуреттерді тазалау</translation>
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
        <source>Add refusal…</source>
        <translation>Бас тарту қосу…</translation>
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
    <name>CaseImporter</name>
    <message>
        <source>Importing %v of %m</source>
        <translation>Импорт: %v / %m</translation>
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
        <source>The passphrase was changed; the old one no longer opens the case.</source>
        <translation>Құпия сөз тіркесі өзгертілді; ескісі енді істі ашпайды.</translation>
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
        <source>The old passphrase stops working; nothing else in the case changes. The change is recorded in the custody log.</source>
        <translation>Ескі құпия сөз тіркесі жұмыс істемей қалады; істе басқа ештеңе өзгермейді. Өзгеріс сақтау журналына жазылады.</translation>
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
        <source>Changing the passphrase…</source>
        <translation>Құпия сөз тіркесі өзгертілуде…</translation>
    </message>
</context>
<context>
    <name>ClaimTimeline</name>
    <message>
        <source>Timeline of the claimed window</source>
        <translation>Мәлімделген кезеңнің хронологиясы</translation>
    </message>
    <message>
        <source>contradicts the excuse</source>
        <translation>себепті жоққа шығарады</translation>
    </message>
    <message>
        <source>bears the excuse out</source>
        <translation>себепті растайды</translation>
    </message>
    <message>
        <source>neither contradicts nor supports it</source>
        <translation>оны жоққа да шығармайды, растамайды да</translation>
    </message>
    <message>
        <source>Photo {id} at {time} (± {doubt}): {bears}</source>
        <translation>{id}-фото, {time} (± {doubt}): {bears}</translation>
    </message>
    <message>
        <source>Refusal {number}: claimed window {start}–{end}</source>
        <translation>{number} бас тарту: мәлімделген кезең {start}–{end}</translation>
    </message>
    <message>
        <source>No photo was taken at the venue in the window.</source>
        <translation>Бұл кезеңде алаңда бірде-бір фото түсірілмеген.</translation>
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
        <translation>Мәлімделген кезең, {date}</translation>
    </message>
    <message>
        <source>shaded: no photo</source>
        <translation>көлеңкеленген: фото жоқ</translation>
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
        <translation>Жиналыс алаңдарын беруден ресми бас тартуларды уақыты мен геобелгісі бар жерде түсірілген фотосуреттермен тексереді.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Drop photos or a folder here, or use File → Inspect photos…</source>
        <translation>Фотосуреттерді немесе қалтаны осында сүйреп әкеліңіз не Файл → Фотосуреттерді тексеру… пәрменін таңдаңыз</translation>
    </message>
    <message>
        <source>Skver reads when and where each photo was taken and lists what weakens it as evidence. Your files are only read, never changed.</source>
        <translation>Skver әр фотосуреттің қашан және қай жерде түсірілгенін анықтап, оның дәлел ретіндегі күшін не әлсірететінін көрсетеді. Файлдарыңыз тек оқылады, ешқашан өзгертілмейді.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Verify evidence bundle</source>
        <translation>Айғақтар пакетін тексеру</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip);;All files (*)</source>
        <translation>Айғақтар пакеттері (*.zip);;Барлық файлдар (*)</translation>
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
        <translation>Айғақтар пакеті (.zip)</translation>
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
        <source>Save as:</source>
        <translation>Сақтау орны:</translation>
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
        <translation>Бас тартылды; ештеңе жазылмады.</translation>
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
        <source>Import into the case</source>
        <translation>Іске импорттау</translation>
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
        <translation>Сақтау журналы әр файлды таңдалған қалтаның ішіндегі жолы бойынша (жеке таңдалған файлды — атауы бойынша) осында көрсетілген дереккөзбен бірге жазады. Толық жолдар сізді немесе осы құрылғыны көрсетуі мүмкін және істің әрбір айғақтар пакетіне кіреді.</translation>
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
        <source>Cancelled after {done} of {total} files: everything imported before stopping is kept and recorded. </source>
        <translation>{total} файлдың {done} файлынан кейін тоқтатылды: тоқтағанға дейін импортталғанның бәрі сақталып, тіркелді. </translation>
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
        <translation>Skver файлдан не оқығанын және әр ескертудің оның дәлел ретіндегі күшін неге әлсірететінін көру үшін тізімнен файлды таңдаңыз.</translation>
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
        <source>contradicts it</source>
        <translation>оны жоққа шығарады</translation>
    </message>
    <message>
        <source>bears it out</source>
        <translation>оны растайды</translation>
    </message>
    <message>
        <source>taken in its window</source>
        <translation>оның кезеңінде түсірілген</translation>
    </message>
    <message>
        <source>None: nothing Skver checks weakens this file as evidence.</source>
        <translation>Жоқ: Skver тексеретін ештеңе бұл файлдың дәлел ретіндегі күшін әлсіретпейді.</translation>
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
        <source>Custody history</source>
        <translation>Сақтау тарихы</translation>
    </message>
    <message>
        <source>bundle {file} (case {case}): {path}</source>
        <translation>{file} пакеті ({case} ісі): {path}</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Бақылаулар</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метадеректер</translation>
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
        <source>{n} people</source>
        <translation>{n} адам</translation>
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
</context>
<context>
    <name>InspectionModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
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
        <source>Position</source>
        <translation>Координаттар</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ескертулер</translation>
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
        <source>{offset} ({source})</source>
        <translation>{offset} ({source})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockedScreen</name>
    <message>
        <source>This case is locked. Enter its passphrase to continue.</source>
        <translation>Бұл іс құлыпталған. Жалғастыру үшін оның құпия сөз тіркесін енгізіңіз.</translation>
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
        <translation>Алаңдар</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>No photos inspected yet</source>
        <translation>Әзірге ешбір фотосурет тексерілмеген</translation>
    </message>
    <message>
        <source>{photos}, {critical} with critical findings</source>
        <translation>{photos}, күрделі ескертулері барлары: {critical}</translation>
    </message>
    <message>
        <source>{refusals}, {contradicted} contradicted</source>
        <translation>{refusals}, жоққа шығарылғаны: {contradicted}</translation>
    </message>
    <message>
        <source>Language changed. A few texts (details already shown, charts) change when they are next shown, or after a restart.</source>
        <translation>Тіл ауыстырылды. Кейбір мәтіндер (ашық тұрған мәліметтер, диаграммалар) келесі көрсетілгенде немесе қайта іске қосылғаннан кейін ауысады.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n бас тарту</numerusform>
            <numerusform>%n бас тарту</numerusform>
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
        <source>Refusal {number} · {venue}: {photos}. Orange-red: contradicts the excuse; blue: bears it out; purple: neither.</source>
        <translation>{number} бас тарту · {venue}: {photos}. Қызғылт сары — себепті жоққа шығарады; көк — растайды; күлгін — екеуі де емес.</translation>
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
        <translation>Алматының арнайы алаңдарын жүктеу (2020 жылғы шешім)</translation>
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
    <name>PhotoIntake</name>
    <message>
        <source>Import photos into the case</source>
        <translation>Фотосуреттерді іске импорттау</translation>
    </message>
    <message>
        <source>Photos ({patterns});;All files (*)</source>
        <translation>Фотосуреттер ({patterns});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import folder into the case</source>
        <translation>Қалтаны іске импорттау</translation>
    </message>
    <message>
        <source>An import is already running; drop the files again when it has finished.</source>
        <translation>Импорт жүріп жатыр; ол аяқталған соң файлдарды қайта сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>Фотосуреттер импортталуда…</translation>
    </message>
    <message>
        <source>Inspect photos</source>
        <translation>Фотосуреттерді тексеру</translation>
    </message>
    <message>
        <source>Inspect folder</source>
        <translation>Қалтаны тексеру</translation>
    </message>
    <message>
        <source>Inspection cancelled after {done} of {total} files.</source>
        <translation>Тексеру {total} файлдың {done} файлынан кейін тоқтатылды.</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>Saving the observation…</source>
        <translation>Бақылау сақталуда…</translation>
    </message>
    <message>
        <source>Observation saved.</source>
        <translation>Бақылау сақталды.</translation>
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
        <translation>{id} фотосуретіндегі бөлшектерді жасыру</translation>
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
</context>
<context>
    <name>RefusalActions</name>
    <message>
        <source>&amp;Refusals</source>
        <translation>&amp;Бас тартулар</translation>
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
        <translation>Себебін, мәлімделген кезеңін, қорытындысын және оның негіздерін көру үшін бас тартуды таңдаңыз.</translation>
    </message>
    <message>
        <source>Refusal dated {date}; excuse: {category}</source>
        <translation>{date} күнгі бас тарту; себебі: {category}</translation>
    </message>
    <message>
        <source>The excuse, as written</source>
        <translation>Себеп, жазылған күйінде</translation>
    </message>
    <message>
        <source>Claimed window</source>
        <translation>Мәлімделген кезең</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Негіздер</translation>
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
        <translation>алаң ішінде {m:.0f} м</translation>
    </message>
    <message>
        <source>{m:.0f} m outside the venue</source>
        <translation>алаңнан тыс {m:.0f} м</translation>
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
        <translation>Барлық алаңдар</translation>
    </message>
    <message>
        <source>All excuses</source>
        <translation>Барлық себептер</translation>
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
        <source>The reason, word for word as in the letter</source>
        <translation>Себеп, хаттағыдай сөзбе-сөз</translation>
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
        <translation>Жиналыс мәлімделген уақыт</translation>
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
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Claimed unavailable (local time, {zone})</source>
        <translation>Мәлімделген қолжетімсіздік (жергілікті уақыт, {zone})</translation>
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
        <translation>Себеп сөзбе-сөз</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Scanned letter</source>
        <translation>Хаттың сканы</translation>
    </message>
    <message>
        <source>kept in the case ({path})</source>
        <translation>істе сақталған ({path})</translation>
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
        <source>The scanned refusal letter</source>
        <translation>Бас тарту хатының сканы</translation>
    </message>
    <message>
        <source>Letters (PDF, JPEG, PNG) ({patterns});;All files (*)</source>
        <translation>Хаттар (PDF, JPEG, PNG) ({patterns});;Барлық файлдар (*)</translation>
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
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Excuse</source>
        <translation>Себеп</translation>
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
    <name>RunStatus</name>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>critical</source>
        <translation>күрделі</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <source>info</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>ескерту жоқ</translation>
    </message>
</context>
<context>
    <name>StatisticsModel</name>
    <message>
        <source>Refusals</source>
        <translation>Бас тартулар</translation>
    </message>
    <message>
        <source>Contradicted of those tested</source>
        <translation>Тексерілгендердің жоққа шығарылғаны</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Venue</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Excuse</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>By venue</source>
        <translation>Алаңдар бойынша</translation>
    </message>
    <message>
        <source>By excuse</source>
        <translation>Себептер бойынша</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Айлар бойынша</translation>
    </message>
    <message>
        <source>Recurring excuses: the same excuse for the same venue in several months, never borne out</source>
        <translation>Қайталанатын себептер: бір алаң үшін бірнеше ай бойы айтылған, бірде-бір рет расталмаған бір себеп</translation>
    </message>
    <message>
        <source>No excuse recurs in this case.</source>
        <translation>Бұл істе себептер қайталанбайды.</translation>
    </message>
    <message>
        <source>The case has no refusals yet.</source>
        <translation>Істе әзірге бас тарту жоқ.</translation>
    </message>
    <message>
        <source>{total} refusals: {contradicted} contradicted, {mixed} mixed, {supported} supported, {unverified} unverified.</source>
        <translation>Бас тартулар: {total}; жоққа шығарылды: {contradicted}, қайшы: {mixed}, расталды: {supported}, тексерілмеді: {unverified}.</translation>
    </message>
    <message>
        <source>The photos contradict {rate} of the refusals they could test.</source>
        <translation>Фотосуреттер тексеруге болған бас тартулардың {rate} бөлігін жоққа шығарады.</translation>
    </message>
    <message>
        <source>{venue}: “{excuse}” in {count} months ({months}); {photographed} of {claims} refusals photographed, {contradicted} contradicted, none borne out.</source>
        <translation>{venue}: «{excuse}» — айлар саны: {count} ({months}); {claims} бас тартудың {photographed} суретке түсірілген, {contradicted} жоққа шығарылған, бірде-біреуі расталмаған.</translation>
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
        <translation>Фотосуретте не көрінеді, бір сөйлеммен</translation>
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
        <source>Keys 1–9 toggle a tag, P the people count, N a note; Enter saves the observation and moves to the next photo.</source>
        <translation>1–9 пернелері белгіні қосады не алады, P — адамдар саны, N — жазба; Enter бақылауды сақтап, келесі фотосуретке өтеді.</translation>
    </message>
</context>
<context>
    <name>VenueForm</name>
    <message>
        <source>New venue</source>
        <translation>Жаңа алаң</translation>
    </message>
    <message>
        <source>Venue {slug}</source>
        <translation>{slug} алаңы</translation>
    </message>
    <message>
        <source>e.g. gandhi-park</source>
        <translation>мыс. gandhi-park</translation>
    </message>
    <message>
        <source>No date (from the start)</source>
        <translation>Күні жоқ (басынан бері)</translation>
    </message>
    <message>
        <source>No date (still valid)</source>
        <translation>Күні жоқ (әлі күшінде)</translation>
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
        <translation>Орны</translation>
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
    <message>
        <source>{n} corners; click “Draw on the map”, then click each corner on the map.</source>
        <translation>Бұрыштар саны: {n}; «Картада сызу» батырмасын басып, картадағы әр бұрышты шертіңіз.</translation>
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
        <translation>Алаң</translation>
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
        <translation>Орны</translation>
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
        <translation>Алаң қосу…</translation>
    </message>
    <message>
        <source>Edit venue…</source>
        <translation>Алаңды өзгерту…</translation>
    </message>
    <message>
        <source>Double-click a venue to edit it; click one on the map to find it here.</source>
        <translation>Алаңды өзгерту үшін оны екі рет шертіңіз; осы жерден табу үшін картадағы алаңды шертіңіз.</translation>
    </message>
    <message>
        <source>Photo {id} · {name}</source>
        <translation>{id}-фото · {name}</translation>
    </message>
    <message>
        <source>Saving the venue…</source>
        <translation>Алаң сақталуда…</translation>
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
        <translation>Алаңдарды импорттау</translation>
    </message>
    <message>
        <source>Import venues from:</source>
        <translation>Алаңдарды импорттау көзі:</translation>
    </message>
    <message>
        <source>Import venues (GeoJSON)</source>
        <translation>Алаңдарды импорттау (GeoJSON)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>A venue in the file whose slug is already in the case: update it from the file? (No: such a venue stops the import.)</source>
        <translation>Файлда коды істе бұрыннан бар алаң кездесті: оны файлдан жаңарту керек пе? (Жоқ — мұндай алаң импортты тоқтатады.)</translation>
    </message>
    <message>
        <source>Importing venues…</source>
        <translation>Алаңдар импортталуда…</translation>
    </message>
    <message>
        <source>Export venues</source>
        <translation>Алаңдарды экспорттау</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;KML for Google Earth (*.kml)</source>
        <translation>GeoJSON (*.geojson);;Google Earth үшін KML (*.kml)</translation>
    </message>
    <message>
        <source>Venues exported to {path}.</source>
        <translation>Алаңдар {path} файлына экспортталды.</translation>
    </message>
    <message>
        <source>Venue saved.</source>
        <translation>Алаң сақталды.</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Алаңдар</translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) imported.</source>
        <translation>
            <numerusform>%n алаң импортталды.</numerusform>
            <numerusform>%n алаң импортталды.</numerusform>
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
        <source>NOT INTACT: {count} discrepancies.</source>
        <translation>БҮТІН ЕМЕС: сәйкессіздіктер саны — {count}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Ескертпе: {note}</translation>
    </message>
    <message>
        <source>Bundle {path}</source>
        <translation>{path} пакеті</translation>
    </message>
    <message>
        <source>{intact} of {files} files intact (SHA-256 recomputed)</source>
        <translation>{files} файлдың {intact} бүтін (SHA-256 қайта есептелді)</translation>
    </message>
    <message>
        <source>Custody log: {entries} entries, hash chain recomputed</source>
        <translation>Сақтау журналы: жазбалар саны — {entries}, хеш тізбегі қайта есептелді</translation>
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
        <source>{intact} of {photos} originals intact (SHA-256 recomputed)</source>
        <translation>{photos} түпнұсқаның {intact} бүтін (SHA-256 қайта есептелді)</translation>
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
        <translation>Айғақтар пакетін тексеру</translation>
    </message>
    <message>
        <source>Verify this case</source>
        <translation>Осы істі тексеру</translation>
    </message>
    <message>
        <source>Verifying the case…</source>
        <translation>Іс тексерілуде…</translation>
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
        <translation>Әр фотосурет уақыты, координаттары және ескертулерімен</translation>
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
        <source>contradicted</source>
        <translation>жоққа шығарылды</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>расталды</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>қайшы</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>тексерілмеді</translation>
    </message>
    <message>
        <source>Photos taken at the venue in the claimed window contradict the excuse.</source>
        <translation>Алаңда мәлімделген кезеңде түсірілген фотосуреттер себепті жоққа шығарады.</translation>
    </message>
    <message>
        <source>Photos taken at the venue in the claimed window bear the excuse out.</source>
        <translation>Алаңда мәлімделген кезеңде түсірілген фотосуреттер себепті растайды.</translation>
    </message>
    <message>
        <source>Some photos contradict the excuse and some bear it out.</source>
        <translation>Кейбір фотосуреттер себепті жоққа шығарады, кейбірі растайды.</translation>
    </message>
    <message>
        <source>The photos in the case can neither confirm nor refute the excuse.</source>
        <translation>Істегі фотосуреттер себепті растай да, жоққа шығара да алмайды.</translation>
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
        <translation>сыйымдылық</translation>
    </message>
    <message>
        <source>public order</source>
        <translation>қоғамдық тәртіп</translation>
    </message>
    <message>
        <source>epidemic</source>
        <translation>эпидемия</translation>
    </message>
    <message>
        <source>procedural</source>
        <translation>рәсімдік негіз</translation>
    </message>
    <message>
        <source>late filing</source>
        <translation>кеш берілген өтініш</translation>
    </message>
    <message>
        <source>not a designated venue</source>
        <translation>арнайы алаң емес</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <source>venue empty</source>
        <translation>алаң бос</translation>
    </message>
    <message>
        <source>no event visible</source>
        <translation>іс-шара көрінбейді</translation>
    </message>
    <message>
        <source>event in progress</source>
        <translation>іс-шара жүріп жатыр</translation>
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
        <translation>тосқауыл немесе қоршау</translation>
    </message>
    <message>
        <source>access open</source>
        <translation>кіру ашық</translation>
    </message>
    <message>
        <source>access blocked</source>
        <translation>кіру жабық</translation>
    </message>
</context>
</TS>
