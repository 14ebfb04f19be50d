<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actions</name>
    <message>
        <source>New case…</source>
        <translation>Новое дело…</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>Открыть дело…</translation>
    </message>
    <message>
        <source>Open demo case</source>
        <translation>Открыть демонстрационное дело</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Заблокировать сейчас</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>Save a copy of the keyfile…</source>
        <translation>Сохранить копию файла ключа…</translation>
    </message>
    <message>
        <source>Your name…</source>
        <translation>Ваше имя…</translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation>Импортировать фотографии…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Импортировать папку…</translation>
    </message>
    <message>
        <source>Import venues (GeoJSON)…</source>
        <translation>Импортировать специализированные места (GeoJSON)…</translation>
    </message>
    <message>
        <source>Export venues (GeoJSON / KML)…</source>
        <translation>Экспортировать специализированные места (GeoJSON / KML)…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Verify this case</source>
        <translation>Проверить это дело</translation>
    </message>
    <message>
        <source>Verify evidence bundle…</source>
        <translation>Проверить пакет доказательств…</translation>
    </message>
    <message>
        <source>Inspect files (not evidence)…</source>
        <translation>Проверить файлы (не доказательства)…</translation>
    </message>
    <message>
        <source>Inspect a folder (not evidence)…</source>
        <translation>Проверить папку (не доказательства)…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>Скрыть детали…</translation>
    </message>
    <message>
        <source>Withdraw my observation…</source>
        <translation>Отозвать моё наблюдение…</translation>
    </message>
    <message>
        <source>Withdraw my last observation…</source>
        <translation>Отозвать моё последнее наблюдение…</translation>
    </message>
    <message>
        <source>Add refusal…</source>
        <translation>Добавить отказ…</translation>
    </message>
    <message>
        <source>New refusal from these photos&apos; times…</source>
        <translation>Новый отказ по времени этих фотографий…</translation>
    </message>
    <message>
        <source>Edit refusal…</source>
        <translation>Изменить отказ…</translation>
    </message>
    <message>
        <source>Attach letter…</source>
        <translation>Приложить письмо…</translation>
    </message>
    <message>
        <source>Import refusals (CSV)…</source>
        <translation>Импортировать отказы (CSV)…</translation>
    </message>
    <message>
        <source>Akimat&apos;s published occupancy…</source>
        <translation>Занятость, опубликованная акиматом…</translation>
    </message>
    <message>
        <source>Skver Help</source>
        <translation>Справка Skver</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About Skver</source>
        <translation>О программе Skver</translation>
    </message>
</context>
<context>
    <name>BackgroundBar</name>
    <message>
        <source>Background:</source>
        <translation>Подложка:</translation>
    </message>
    <message>
        <source>Tile folder…</source>
        <translation>Папка тайлов…</translation>
    </message>
    <message>
        <source>A folder of map tiles laid out as zoom/x/y.png, on this computer</source>
        <translation>Папка с тайлами карты в виде zoom/x/y.png на этом компьютере</translation>
    </message>
    <message>
        <source>MBTiles file…</source>
        <translation>Файл MBTiles…</translation>
    </message>
    <message>
        <source>A file of map tiles (.mbtiles), on this computer</source>
        <translation>Файл с тайлами карты (.mbtiles) на этом компьютере</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Без подложки</translation>
    </message>
    <message>
        <source>A plain background: nothing but the case</source>
        <translation>Простой фон: только данные дела</translation>
    </message>
    <message>
        <source>Online map (OpenStreetMap): this computer fetches map tiles from openstreetmap.org, revealing the area viewed and its IP address</source>
        <translation>Онлайн-карта (OpenStreetMap): этот компьютер загружает тайлы карты с openstreetmap.org и раскрывает просматриваемую область и свой IP-адрес</translation>
    </message>
    <message>
        <source>Off: the map and the reports use nothing from the internet. On (for this case): every map you look at, and the maps of reports exported, are drawn on OpenStreetMap&apos;s tiles fetched from openstreetmap.org, which sees the area and this computer&apos;s IP address.</source>
        <translation>Выключено: карта и отчёты ничего не берут из интернета. Включено (для этого дела): каждая открытая вами карта и карты экспортируемых отчётов рисуются на тайлах OpenStreetMap, загруженных с openstreetmap.org, — сайт видит область и IP-адрес этого компьютера.</translation>
    </message>
    <message>
        <source>none (a plain background; nothing leaves this computer)</source>
        <translation>нет (простой фон; ничего не уходит с этого компьютера)</translation>
    </message>
    <message>
        <source>{name} (MBTiles file)</source>
        <translation>{name} (файл MBTiles)</translation>
    </message>
    <message>
        <source>{name} (tile folder)</source>
        <translation>{name} (папка тайлов)</translation>
    </message>
    <message>
        <source>{offline}; not used while the online map is on</source>
        <translation>{offline}; не используется, пока включена онлайн-карта</translation>
    </message>
    <message>
        <source>Choose a tile folder</source>
        <translation>Выберите папку тайлов</translation>
    </message>
    <message>
        <source>Choose an MBTiles file</source>
        <translation>Выберите файл MBTiles</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>Файлы MBTiles (*.mbtiles);;Все файлы (*)</translation>
    </message>
    <message>
        <source>These map tiles cannot be used</source>
        <translation>Эти тайлы карты использовать нельзя</translation>
    </message>
</context>
<context>
    <name>BundleVerifyDialog</name>
    <message>
        <source>64 hex digits, as given to you by another route</source>
        <translation>64 шестнадцатеричные цифры, полученные вами другим путём</translation>
    </message>
    <message>
        <source>Filed report…</source>
        <translation>Поданный отчёт…</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>не выбран</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток ключа:</translation>
    </message>
    <message>
        <source>Report filed in court:</source>
        <translation>Отчёт, поданный в суд:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>The report filed in court</source>
        <translation>Отчёт, поданный в суд</translation>
    </message>
    <message>
        <source>Skver reports (*.pdf *.html)</source>
        <translation>Отчёты Skver (*.pdf *.html)</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <source>Capture the akimat&apos;s page from the web</source>
        <translation>Сохранить страницу акимата из интернета</translation>
    </message>
    <message>
        <source>Going online reveals this computer&apos;s network address, and that this page is opened now, to the akimat&apos;s website and to whoever watches this network. Skver sends nothing else: no cookies, nothing of the case. Capture only when that is safe, or save the page elsewhere and keep the saved file instead.</source>
        <translation>Выход в интернет раскрывает сайту акимата и всем, кто наблюдает за этой сетью, сетевой адрес этого компьютера и то, что страница открыта сейчас. Больше Skver ничего не отправляет: ни cookie, ни данных дела. Сохраняйте страницу так, только когда это безопасно, или сохраните её в другом месте и добавьте сохранённый файл.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Go online and capture</source>
        <translation>Выйти в интернет и сохранить</translation>
    </message>
    <message>
        <source>Give a web page&apos;s address, beginning with https:// or http://.</source>
        <translation>Укажите адрес веб-страницы, начинающийся с https:// или http://.</translation>
    </message>
    <message>
        <source>Loading {url}…</source>
        <translation>Загрузка {url}…</translation>
    </message>
    <message>
        <source>Captured; keeping it in the case…</source>
        <translation>Сохранено; добавляется в дело…</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message numerus="yes">
        <source>Importing {done} of %n file(s)</source>
        <translation>
            <numerusform>Импорт: {done} из %n файла</numerusform>
            <numerusform>Импорт: {done} из %n файлов</numerusform>
            <numerusform>Импорт: {done} из %n файлов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseLock</name>
    <message>
        <source>Lock after idle</source>
        <translation>Блокировать при бездействии</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Work on the case is not finished: {what}</source>
        <translation>Работа с делом не завершена: {what}</translation>
    </message>
    <message>
        <source>The case is being read.</source>
        <translation>Дело читается.</translation>
    </message>
    <message>
        <source>The case was not locked: {why} Lock it when that is done.</source>
        <translation>Дело не заблокировано: {why} Заблокируйте его, когда это закончится.</translation>
    </message>
    <message>
        <source>Unsaved typed work</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This is what you had typed and not saved before the case locked itself, put back as you left it.</source>
        <translation>Это то, что вы ввели и не сохранили до того, как дело заблокировалось само; всё возвращено так, как вы оставили.</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. Save it, or discard it, as usual.</source>
        <translation>Ещё не сохранено: {what}. Сохраните или отбросьте, как обычно.</translation>
    </message>
    <message>
        <source>Quit Skver</source>
        <translation>Выйти из Skver</translation>
    </message>
    <message>
        <source>Quit and discard what you typed before the case locked itself ({what})?</source>
        <translation>Выйти и отбросить то, что вы ввели до того, как дело заблокировалось само ({what})?</translation>
    </message>
    <message>
        <source>It was never saved: it is kept in memory only, until you unlock the case.</source>
        <translation>Это не было сохранено: оно хранится только в памяти, пока вы не разблокируете дело.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <source>Quit without it</source>
        <translation>Выйти без сохранения</translation>
    </message>
    <message>
        <source>The passphrase and the data key were changed; no old copy of the keyfile opens the case.</source>
        <translation>Парольная фраза и ключ данных изменены; ни одна старая копия файла ключа не откроет дело.</translation>
    </message>
    <message>
        <source>The passphrase was changed; old copies of the keyfile still open the case with the old passphrase.</source>
        <translation>Парольная фраза изменена; старые копии файла ключа по-прежнему открывают дело со старой парольной фразой.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Nothing was saved: nobody has said who is working.</source>
        <translation>Ничего не сохранено: никто не указал, кто работает.</translation>
    </message>
    <message>
        <source>Unlocking the case {folder}…</source>
        <translation>Разблокировка дела {folder}…</translation>
    </message>
    <message>
        <source>Opening the case {folder}…</source>
        <translation>Открывается дело {folder}…</translation>
    </message>
    <message>
        <source>Creating the case {folder}…</source>
        <translation>Создаётся дело {folder}…</translation>
    </message>
    <message>
        <source>Opening the demo case…</source>
        <translation>Открывается демонстрационное дело…</translation>
    </message>
    <message>
        <source>Building the demo case (first start)…</source>
        <translation>Создаётся демонстрационное дело (первый запуск)…</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Чтение дела…</translation>
    </message>
</context>
<context>
    <name>CaseShell</name>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>Не удалось открыть дело</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>Only the keyfile changes: the old passphrase still opens any copy of the old keyfile (a backup, or a copy of this computer) and everything added since. Save a new keyfile backup afterwards. The change is recorded in the custody log.</source>
        <translation>Меняется только файл ключа: старая парольная фраза по-прежнему открывает любую копию старого файла ключа (резервную копию или копию этого компьютера), а вместе с ней и всё, что добавлено после. После смены сохраните новую резервную копию файла ключа. Смена записывается в журнал хранения.</translation>
    </message>
    <message>
        <source>Also change the data key</source>
        <translation>Также сменить ключ данных</translation>
    </message>
    <message>
        <source>Every file is encrypted again, so that no old copy of the keyfile opens the case. Takes about as long as copying the case; close other Skver windows on this case first. Stopped at any moment, the case opens with the old or the new passphrase.</source>
        <translation>Каждый файл шифруется заново, чтобы ни одна старая копия файла ключа не открывала дело. Это занимает примерно столько же времени, сколько копирование дела; сначала закройте другие окна Skver с этим делом. Если прервать процесс в любой момент, дело откроется старой или новой парольной фразой.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>The new one again</source>
        <translation>Новая ещё раз</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сменить</translation>
    </message>
    <message>
        <source>Encrypting the case again under a new key…</source>
        <translation>Дело заново шифруется новым ключом…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
    <message>
        <source>The data key was changed: copies of the old keyfile no longer open the case.</source>
        <translation>Ключ данных изменён: копии старого файла ключа больше не открывают дело.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Copies of the old keyfile still open the case with the old passphrase: replace them with a new copy.</source>
        <translation>Парольная фраза изменена. Копии старого файла ключа по-прежнему открывают дело со старой парольной фразой: замените их новой копией.</translation>
    </message>
</context>
<context>
    <name>ClaimTimeline</name>
    <message>
        <source>Timeline of the claimed window</source>
        <translation>Хронология периода, указанного в отказе</translation>
    </message>
    <message>
        <source>Video {id} at {time} (± {doubt}): {bears}</source>
        <translation>Видео {id} в {time} (± {doubt}): {bears}</translation>
    </message>
    <message>
        <source>Photo {id} at {time} (± {doubt}): {bears}</source>
        <translation>Фото {id} в {time} (± {doubt}): {bears}</translation>
    </message>
    <message>
        <source>Video {id} at {time} (± {doubt}, {basis}): {bears}</source>
        <translation>Видео {id} в {time} (± {doubt}, {basis}): {bears}</translation>
    </message>
    <message>
        <source>Photo {id} at {time} (± {doubt}, {basis}): {bears}</source>
        <translation>Фото {id} в {time} (± {doubt}, {basis}): {bears}</translation>
    </message>
    <message>
        <source>(a video, filmed until {time})</source>
        <translation>(видео, снято до {time})</translation>
    </message>
    <message>
        <source>Refusal {number}: claimed window {start}–{end}</source>
        <translation>Отказ {number}: указанный в нём период {start}–{end}</translation>
    </message>
    <message>
        <source>No photo was taken at the venue in the window.</source>
        <translation>В указанный в отказе период в этом месте не сделано ни одной фотографии.</translation>
    </message>
    <message>
        <source>No photo {start}–{end}</source>
        <translation>Нет фото {start}–{end}</translation>
    </message>
    <message>
        <source>No refusal selected</source>
        <translation>Отказ не выбран</translation>
    </message>
    <message>
        <source>Claimed window, {date}</source>
        <translation>Период, указанный в отказе, {date}</translation>
    </message>
    <message>
        <source>shaded: no photo</source>
        <translation>затенено: нет фото</translation>
    </message>
    <message>
        <source>ringed: dated by the GPS clock</source>
        <translation>обведено кольцом: время по часам GPS</translation>
    </message>
</context>
<context>
    <name>CompleteForm</name>
    <message>
        <source>Page {n}: its list of events is complete</source>
        <translation>Страница {n}: перечень её мероприятий полон</translation>
    </message>
    <message>
        <source>Say this only once every event the page lists at a venue of this case is entered. Then the page, where it lists a refusal&apos;s dates, shows that no other event was published there; until then no absence is claimed from it. The custody log keeps who said it and when.</source>
        <translation>Отметьте это, только когда внесены все мероприятия, которые страница указывает в местах этого дела. Тогда страница, если она охватывает даты отказа, показывает, что иного мероприятия там не опубликовано; до этого об отсутствии мероприятия по ней ничего не утверждается. Журнал хранения фиксирует, кто это отметил и когда.</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Отметить как полный</translation>
    </message>
</context>
<context>
    <name>CoversForm</name>
    <message>
        <source>Dates page {n} lists</source>
        <translation>Даты, которые охватывает страница {n}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Skver hit a bug</source>
        <translation>Ошибка в Skver</translation>
    </message>
    <message>
        <source>Skver hit a bug and the last action may not have completed.</source>
        <translation>В Skver произошла ошибка, и последнее действие могло не завершиться.</translation>
    </message>
    <message>
        <source>Please report it with the details below (use Show Details… and copy the text). Your files have not been changed.</source>
        <translation>Пожалуйста, сообщите о ней, приложив подробности ниже (нажмите «Показать подробности…» и скопируйте текст). Ваши файлы не изменены.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>About Skver</source>
        <translation>О программе Skver</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(версия неизвестна)</translation>
    </message>
    <message>
        <source>Skver {version}</source>
        <translation>Skver {version}</translation>
    </message>
    <message>
        <source>Checks official refusals of protest venues against timestamped, geotagged site photos.</source>
        <translation>Сопоставляет официальные отказы в проведении мирных собраний в специализированных местах с фотографиями с места, снабжёнными временем и геометками.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Add an event the page lists</source>
        <translation>Добавить мероприятие со страницы</translation>
    </message>
    <message>
        <source>Page {n}: {url}</source>
        <translation>Страница {n}: {url}</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Страница:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Starts (the case&apos;s time zone):</source>
        <translation>Начало (часовой пояс дела):</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Expected participants:</source>
        <translation>Ожидаемое количество участников:</translation>
    </message>
    <message>
        <source>Event, as printed:</source>
        <translation>Мероприятие, как напечатано:</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Verify evidence bundle</source>
        <translation>Проверка пакета доказательств</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip);;All files (*)</source>
        <translation>Пакеты доказательств (*.zip);;Все файлы (*)</translation>
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
        <translation>Отчёт PDF</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Отчёт HTML</translation>
    </message>
    <message>
        <source>Evidence bundle (.zip)</source>
        <translation>Пакет доказательств (.zip)</translation>
    </message>
    <message>
        <source>All refusals</source>
        <translation>Все отказы</translation>
    </message>
    <message>
        <source>Only the refusals ticked:</source>
        <translation>Только отмеченные отказы:</translation>
    </message>
    <message>
        <source>Sign the bundle</source>
        <translation>Подписать пакет</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Парольная фраза ключа подписи</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Экспорт:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Refusals:</source>
        <translation>Отказы:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Подготовил(а):</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Парольная фраза ключа:</translation>
    </message>
    <message>
        <source>Timestamps:</source>
        <translation>Метки времени:</translation>
    </message>
    <message>
        <source>Maps drawn on:</source>
        <translation>Подложка карт:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Timestamp the bundle online (RFC 3161)</source>
        <translation>Получить метку времени для пакета онлайн (RFC 3161)</translation>
    </message>
    <message>
        <source>The time-stamping authorities asked, their addresses separated by spaces</source>
        <translation>Службы меток времени, к которым обратиться; адреса через пробел</translation>
    </message>
    <message>
        <source>Going online sends each time-stamping authority the bundle manifest&apos;s SHA-256 digest, from which nothing of the case can be read, and shows it this computer&apos;s network address. Nothing else leaves the computer. Offline, the bundle is written without a timestamp.</source>
        <translation>При подключении к сети каждой службе меток времени отправляется дайджест SHA-256 манифеста пакета, по которому ничего о деле узнать нельзя, и служба видит сетевой адрес этого компьютера. Больше ничего с компьютера не уходит. Без сети пакет записывается без метки времени.</translation>
    </message>
    <message>
        <source>{url} is not a time-stamping authority&apos;s address: give http:// or https:// addresses.</source>
        <translation>{url} не адрес службы меток времени: укажите адреса http:// или https://.</translation>
    </message>
    <message>
        <source>Give the time-stamping authorities&apos; addresses, or untick Timestamp the bundle online.</source>
        <translation>Укажите адреса служб меток времени или снимите флажок «Получить метку времени для пакета онлайн».</translation>
    </message>
    <message>
        <source>Ask at most {count} time-stamping authorities.</source>
        <translation>Можно обратиться не более чем к {count} службам меток времени.</translation>
    </message>
    <message>
        <source>Give the passphrase of the case&apos;s signing key to sign the bundle (or untick Sign the bundle).</source>
        <translation>Введите парольную фразу ключа подписи дела, чтобы подписать пакет (или снимите отметку «Подписать пакет»).</translation>
    </message>
    <message>
        <source>Wrong passphrase for the case&apos;s signing key; nothing was signed.</source>
        <translation>Неверная парольная фраза ключа подписи дела; ничего не подписано.</translation>
    </message>
    <message>
        <source>This case gets its signing key with its first report or bundle; the report&apos;s cover prints its fingerprint.</source>
        <translation>Дело получит ключ подписи при создании первого отчёта или пакета; отпечаток ключа печатается на обложке отчёта.</translation>
    </message>
    <message>
        <source>Signing key of the case: {fingerprint}. The report&apos;s cover prints it; give it to whoever checks the bundle by another route.</source>
        <translation>Ключ подписи дела: {fingerprint}. Он печатается на обложке отчёта; передайте его другим путём тому, кто будет проверять пакет.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>{kind} (*{suffix})</source>
        <translation>{kind} (*{suffix})</translation>
    </message>
    <message>
        <source>Tick at least one refusal, or choose all refusals.</source>
        <translation>Отметьте хотя бы один отказ или выберите все отказы.</translation>
    </message>
    <message>
        <source>Say who prepared the export.</source>
        <translation>Укажите, кто подготовил экспорт.</translation>
    </message>
    <message>
        <source>Choose where to save it.</source>
        <translation>Выберите, куда сохранить.</translation>
    </message>
    <message>
        <source>OpenStreetMap, fetched from openstreetmap.org while exporting (the Map tab&apos;s online switch is on)</source>
        <translation>OpenStreetMap, загружается с openstreetmap.org во время экспорта (на вкладке «Карта» включена онлайн-карта)</translation>
    </message>
    <message>
        <source>{name}, chosen in the Map tab</source>
        <translation>{name}, выбрано на вкладке «Карта»</translation>
    </message>
    <message>
        <source>a plain background (choose tiles in the Map tab)</source>
        <translation>простой фон (тайлы выбираются на вкладке «Карта»)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} уже существует. Заменить?</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Записано в {path}</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>Ничего не экспортировано</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Skver hit a bug; nothing was exported.</source>
        <translation>В Skver произошла ошибка; ничего не экспортировано.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <source>it could not be reached ({detail})</source>
        <translation>с ней не удалось связаться ({detail})</translation>
    </message>
    <message>
        <source>it answered HTTP {detail}</source>
        <translation>она ответила HTTP {detail}</translation>
    </message>
    <message>
        <source>its answer is too long to be a time-stamp reply</source>
        <translation>её ответ слишком длинный для ответа службы меток времени</translation>
    </message>
    <message>
        <source>it refused (status {detail})</source>
        <translation>она не приняла запрос (статус {detail})</translation>
    </message>
    <message>
        <source>its answer is not a time-stamp reply ({detail})</source>
        <translation>её ответ — не ответ службы меток времени ({detail})</translation>
    </message>
    <message>
        <source>its answer is not to this request (another nonce)</source>
        <translation>её ответ относится не к этому запросу (другой nonce)</translation>
    </message>
    <message>
        <source>its token is over another digest than the manifest&apos;s</source>
        <translation>её токен выдан на другой дайджест, а не на дайджест манифеста</translation>
    </message>
    <message>
        <source>No timestamp was obtained: the bundle was written without one.</source>
        <translation>Метка времени не получена: пакет записан без неё.</translation>
    </message>
    <message>
        <source>Timestamped by {tsa} at {time} (UTC).</source>
        <translation>Метка времени от {tsa}: {time} (UTC).</translation>
    </message>
    <message>
        <source>No timestamp from {url}: {reason}.</source>
        <translation>Нет метки времени от {url}: {reason}.</translation>
    </message>
    <message>
        <source>Signed by the key with fingerprint {fingerprint}.</source>
        <translation>Подписано ключом с отпечатком {fingerprint}.</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Show these refusals</source>
        <translation>Показать эти отказы</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Копировать таблицу</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Menus</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Tagging photos (Photos tab, a photo of the case selected in the table or the grid)</source>
        <translation>Разметка фотографий (вкладка «Фотографии», фотография дела выбрана в таблице или сетке)</translation>
    </message>
    <message>
        <source>Redacting a photo (Photos ▸ Redact…)</source>
        <translation>Скрытие деталей на фотографии (Фото ▸ Скрыть детали…)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Skver Help</source>
        <translation>Справка Skver</translation>
    </message>
</context>
<context>
    <name>ImportSourceDialog</name>
    <message>
        <source>Import into “{case}”</source>
        <translation>Импорт в дело «{case}»</translation>
    </message>
    <message>
        <source>Import into the case</source>
        <translation>Импорт в дело</translation>
    </message>
    <message>
        <source>Into the case “{case}”</source>
        <translation>В дело «{case}»</translation>
    </message>
    <message>
        <source>e.g. second phone, SD card</source>
        <translation>напр. второй телефон, SD-карта</translation>
    </message>
    <message>
        <source>Also record the full paths on this computer</source>
        <translation>Записать также полные пути на этом компьютере</translation>
    </message>
    <message>
        <source>The custody log records each file by its path inside the folder you chose (a file chosen on its own: by its name) and the source named here. Full paths can name you or this device, and they travel in every evidence bundle of the case.</source>
        <translation>В журнал хранения каждый файл записывается по его пути внутри выбранной папки (файл, выбранный отдельно, — по его имени) вместе с указанным здесь источником. Полные пути могут указать на вас или на это устройство и попадают в каждый пакет доказательств по делу.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Name the source in one line of plain text.</source>
        <translation>Укажите источник одной строкой обычного текста.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicate} already in the case, {rejected} rejected.</source>
        <translation>Импортировано: {imported}, уже в деле: {duplicate}, отклонено: {rejected}.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>already in the case</source>
        <translation>уже в деле</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>the same bytes were imported before</source>
        <translation>те же байты уже импортированы ранее</translation>
    </message>
    <message>
        <source>skipped: link to outside the folder</source>
        <translation>пропущено: ссылка за пределы папки</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {done} of %n file(s): everything imported before stopping is kept and recorded. </source>
        <translation>
            <numerusform>Отменено после {done} из %n файла: всё, что импортировано до остановки, сохранено и записано. </numerusform>
            <numerusform>Отменено после {done} из %n файлов: всё, что импортировано до остановки, сохранено и записано. </numerusform>
            <numerusform>Отменено после {done} из %n файлов: всё, что импортировано до остановки, сохранено и записано. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectWindow</name>
    <message>
        <source>Inspect files (not evidence)</source>
        <translation>Проверка файлов (не доказательства)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Drop photos or a folder here, or use Add files… or Add folder…. Skver only reads them; they stay where they are.</source>
        <translation>Перетащите сюда фотографии или папку либо нажмите «Добавить файлы…» или «Добавить папку…». Skver только читает их; они остаются на своём месте.</translation>
    </message>
    <message>
        <source>Not evidence.</source>
        <translation>Не доказательства.</translation>
    </message>
    <message>
        <source>Skver only reads these files where they are. They are not in any case: nothing is copied, nothing is written to a custody log, and none of them counts in a case&apos;s photos, verdicts or reports. To keep photos as evidence, import them into a case.</source>
        <translation>Skver только читает эти файлы там, где они лежат. Они не входят ни в одно дело: ничего не копируется, ничего не записывается в журнал хранения, и ни один из них не учитывается в фотографиях, выводах или отчётах дела. Чтобы сохранить фотографии как доказательства, импортируйте их в дело.</translation>
    </message>
    <message>
        <source>Import into a case…</source>
        <translation>Импортировать в дело…</translation>
    </message>
    <message>
        <source>Open or create a case first: the files are imported into the open case.</source>
        <translation>Сначала откройте или создайте дело: файлы импортируются в открытое дело.</translation>
    </message>
    <message>
        <source>Import into “{case}”…</source>
        <translation>Импортировать в дело «{case}»…</translation>
    </message>
    <message>
        <source>Copies the files inspected here into the case “{case}” ({folder}) as evidence, asking first what they come from.</source>
        <translation>Копирует проверенные здесь файлы в дело «{case}» ({folder}) как доказательства, предварительно спросив, откуда они.</translation>
    </message>
    <message>
        <source>Photos and videos ({patterns});;All files (*)</source>
        <translation>Фотографии и видео ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Inspect a folder (not evidence)</source>
        <translation>Проверка папки (не доказательства)</translation>
    </message>
    <message>
        <source>Not a photo. Skver lists it because it was in what you chose, but cannot read it as a photo; it is not counted as one.</source>
        <translation>Не фотография. Skver показывает этот файл, потому что он был среди выбранного, но не может прочитать его как фотографию; фотографией он не считается.</translation>
    </message>
    <message>
        <source>This file could not be read, so Skver cannot tell whether it is a photo.</source>
        <translation>Этот файл не удалось прочитать, поэтому Skver не может сказать, фотография ли это.</translation>
    </message>
    <message>
        <source>Inspected only: this video is not in any case and is not evidence until it is imported into one.</source>
        <translation>Только проверено: это видео не входит ни в одно дело и не является доказательством, пока его не импортируют в дело.</translation>
    </message>
    <message>
        <source>Inspected only: this photo is not in any case and is not evidence until it is imported into one.</source>
        <translation>Только проверена: эта фотография не входит ни в одно дело и не является доказательством, пока её не импортируют в дело.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message numerus="yes">
        <source>Inspecting {done} of %n file(s)</source>
        <translation>
            <numerusform>Проверка: {done} из %n файла</numerusform>
            <numerusform>Проверка: {done} из %n файлов</numerusform>
            <numerusform>Проверка: {done} из %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inspection cancelled after {done} of %n file(s).</source>
        <translation>
            <numerusform>Проверка отменена после {done} из %n файла.</numerusform>
            <numerusform>Проверка отменена после {done} из %n файлов.</numerusform>
            <numerusform>Проверка отменена после {done} из %n файлов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionDetail</name>
    <message>
        <source>{s:+,.1f} s (camera ahead by {rough})</source>
        <translation>{s:+,.1f} с (камера спешит на {rough})</translation>
    </message>
    <message>
        <source>{s:+,.1f} s (camera behind by {rough})</source>
        <translation>{s:+,.1f} с (камера отстаёт на {rough})</translation>
    </message>
    <message>
        <source>UTC{offset}, recorded by the camera</source>
        <translation>UTC{offset}, записано камерой</translation>
    </message>
    <message>
        <source>UTC{offset}, the time zone {zone} at the photo&apos;s position</source>
        <translation>UTC{offset}, часовой пояс {zone} в месте съёмки</translation>
    </message>
    <message>
        <source>UTC{offset}, the case time zone {zone}</source>
        <translation>UTC{offset}, часовой пояс дела {zone}</translation>
    </message>
    <message>
        <source>Unknown: no offset in the file, no GPS position and no case time zone</source>
        <translation>Неизвестно: в файле нет смещения, нет GPS-координат и не задан часовой пояс дела</translation>
    </message>
    <message>
        <source>Select a file in the list to see everything Skver read from it, and why each finding weakens it as evidence.</source>
        <translation>Выберите файл в списке, чтобы увидеть всё, что Skver из него прочитал, и почему каждый выявленный признак снижает его доказательную силу.</translation>
    </message>
    <message>
        <source>Photo {id}: {name}</source>
        <translation>Фото {id}: {name}</translation>
    </message>
    <message>
        <source>Kept in the case as {path}</source>
        <translation>Хранится в деле как {path}</translation>
    </message>
    <message>
        <source>None: nothing Skver checks weakens this file as evidence.</source>
        <translation>Нет: ничто из проверяемого Skver не снижает доказательную силу этого файла.</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Размеры</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
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
        <translation>Программа</translation>
    </message>
    <message>
        <source>Taken (camera clock)</source>
        <translation>Снято (часы камеры)</translation>
    </message>
    <message>
        <source>UTC offset</source>
        <translation>Смещение от UTC</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Снято (UTC)</translation>
    </message>
    <message>
        <source>{s:,.3f} s, from the movie header</source>
        <translation>{s:,.3f} с, из заголовка видеофайла</translation>
    </message>
    <message>
        <source>{s:,.3f} s, from the picture stream</source>
        <translation>{s:,.3f} с, из видеопотока</translation>
    </message>
    <message>
        <source>UTC{offset}, as the video file records its start</source>
        <translation>UTC{offset}, как видеофайл записывает время своего начала</translation>
    </message>
    <message>
        <source>UTC{offset}; the moment itself from the trusted time-stamp of the file&apos;s Content Credentials</source>
        <translation>UTC{offset}; сам момент — по доверенной метке времени сведений Content Credentials файла</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Camera clock (UTC)</source>
        <translation>Часы камеры (UTC)</translation>
    </message>
    <message>
        <source>GPS clock (UTC)</source>
        <translation>Часы GPS (UTC)</translation>
    </message>
    <message>
        <source>Camera minus GPS</source>
        <translation>Камера минус GPS</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <source>Altitude</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source>GPS accuracy</source>
        <translation>Точность GPS</translation>
    </message>
    <message>
        <source>Bearing</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>When it was taken</source>
        <translation>Когда снято</translation>
    </message>
    <message>
        <source>Custody history</source>
        <translation>История хранения</translation>
    </message>
    <message>
        <source>bundle {file} (case {case}): {path}</source>
        <translation>пакет {file} (дело {case}): {path}</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviewer}, {at} UTC · observation {id}</source>
        <translation>{reviewer}, {at} UTC · наблюдение {id}</translation>
    </message>
    <message>
        <source>Withdrawn on {at} UTC by {reviewer}; it no longer counts.</source>
        <translation>Отозвано ({reviewer}, {at} UTC); больше не учитывается.</translation>
    </message>
    <message>
        <source>Corrected by observation {id} on {at} UTC by {reviewer}; it no longer counts.</source>
        <translation>Исправлено наблюдением {id} ({reviewer}, {at} UTC); больше не учитывается.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выявленные признаки</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <source>Started (as the file records it)</source>
        <translation>Начало (как записано в файле)</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Начало (UTC)</translation>
    </message>
    <message>
        <source>Video {id}: {name}</source>
        <translation>Видео {id}: {name}</translation>
    </message>
    <message>
        <source>{n:.1f} h</source>
        <translation>{n:.1f} ч</translation>
    </message>
    <message>
        <source>true north</source>
        <translation>истинный север</translation>
    </message>
    <message>
        <source>magnetic north</source>
        <translation>магнитный север</translation>
    </message>
    <message>
        <source>When it was filmed</source>
        <translation>Когда снято видео</translation>
    </message>
    <message>
        <source>{time} ± {doubt}</source>
        <translation>{time} ± {doubt}</translation>
    </message>
    <message>
        <source>Redacted for reports: they show a copy with regions blurred or blacked out; the original is unchanged.</source>
        <translation>Скрыто для отчётов: в них показана копия с размытыми или закрашенными чёрным областями; оригинал не изменён.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>source “{label}”: {path}</source>
        <translation>источник «{label}»: {path}</translation>
    </message>
    <message>
        <source>source: {path}</source>
        <translation>источник: {path}</translation>
    </message>
    <message>
        <source>No reviewer has recorded what this video shows yet.</source>
        <translation>Ни один проверяющий ещё не записал, что видно на этом видео.</translation>
    </message>
    <message>
        <source>No reviewer has recorded what this photo shows yet.</source>
        <translation>Ни один проверяющий ещё не записал, что видно на этой фотографии.</translation>
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
        <translation>Отказы, к которым она относится</translation>
    </message>
    <message>
        <source>at {moment} of the video</source>
        <translation>в момент {moment} видео</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} пикс.</translation>
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
        <translation>Исправляет наблюдение {id}.</translation>
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
        <translation>Размечено</translation>
    </message>
    <message>
        <source>Taken (local)</source>
        <translation>Снято (местное)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Offset source</source>
        <translation>Источник смещения</translation>
    </message>
    <message>
        <source>Dated by</source>
        <translation>Источник времени</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выявленные признаки</translation>
    </message>
    <message>
        <source>Whether a reviewer has recorded what the photo shows</source>
        <translation>Записал ли проверяющий, что видно на фотографии</translation>
    </message>
    <message>
        <source>When the photo was taken, as the analysis dates it, in the time of the place it was taken</source>
        <translation>Когда сделана фотография — время, по которому её датирует анализ, в местном времени места съёмки</translation>
    </message>
    <message>
        <source>When the photo was taken, as the analysis dates it, in UTC</source>
        <translation>Когда сделана фотография — время, по которому её датирует анализ, в UTC</translation>
    </message>
    <message>
        <source>What dates the photo: its GPS clock, or its camera clock with a UTC offset; and how far off the camera clock was where the GPS clock dates it</source>
        <translation>По чему определено время съёмки: по часам GPS или по часам камеры со смещением от UTC; и насколько ошибались часы камеры, если время определено по часам GPS</translation>
    </message>
    <message>
        <source>The UTC offset of the local time shown, and where it came from</source>
        <translation>Смещение от UTC для показанного местного времени и его источник</translation>
    </message>
    <message>
        <source>Video ({type}), length not recorded</source>
        <translation>Видео ({type}), длительность не записана</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Content Credentials</translation>
    </message>
    <message>
        <source>Photo {id} of the case, imported as {name}</source>
        <translation>Фото {id} дела, импортировано как {name}</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>video file</source>
        <translation>видеофайл</translation>
    </message>
    <message>
        <source>location</source>
        <translation>место съёмки</translation>
    </message>
    <message>
        <source>case default</source>
        <translation>по умолчанию для дела</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Video ({type}), {seconds:,.3f} s long</source>
        <translation>Видео ({type}), длительность {seconds:,.3f} с</translation>
    </message>
    <message>
        <source>{offset} ({source})</source>
        <translation>{offset} ({source})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No reviewer has recorded what this video shows yet.</source>
        <translation>Ни один проверяющий ещё не записал, что видно на этом видео.</translation>
    </message>
    <message>
        <source>No reviewer has recorded what this photo shows yet.</source>
        <translation>Ни один проверяющий ещё не записал, что видно на этой фотографии.</translation>
    </message>
    <message>
        <source>Tagged by:</source>
        <translation>Разметили:</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n признак</numerusform>
            <numerusform>%n признака</numerusform>
            <numerusform>%n признаков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyfileBackupDialog</name>
    <message>
        <source>Keep a copy of the keyfile</source>
        <translation>Сохраните копию файла ключа</translation>
    </message>
    <message>
        <source>The case&apos;s keyfile holds the key to everything in it, sealed by your passphrase. If the keyfile is damaged, the case is lost even with the right passphrase. Save a copy apart from this computer, for example on a USB stick kept elsewhere: the copy opens nothing without the passphrase. To use it, copy it back into the case folder as “keyfile”.</source>
        <translation>Файл ключа дела хранит ключ ко всему его содержимому, защищённый вашей парольной фразой. Если файл ключа повреждён, дело потеряно даже при верной парольной фразе. Сохраните копию отдельно от этого компьютера, например на USB-флешке, которая хранится в другом месте: без парольной фразы копия ничего не открывает. Чтобы воспользоваться ею, скопируйте её обратно в папку дела под именем «keyfile».</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Save a copy of the keyfile</source>
        <translation>Сохранение копии файла ключа</translation>
    </message>
    <message>
        <source>A copy of the keyfile was saved to {path}. Move it off this computer, and make a new copy after changing the passphrase.</source>
        <translation>Копия файла ключа сохранена: {path}. Перенесите её с этого компьютера, а после смены парольной фразы сделайте новую копию.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>LockedScreen</name>
    <message>
        <source>This case is locked. Enter its passphrase to continue.</source>
        <translation>Это дело заблокировано. Введите его парольную фразу, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Not saved, kept in memory until you unlock this case: {what}. Opening another case or quitting discards it.</source>
        <translation>Не сохранено и хранится в памяти, пока вы не разблокируете это дело: {what}. Если открыть другое дело или выйти из программы, это будет потеряно.</translation>
    </message>
</context>
<context>
    <name>LooseFilesModel</name>
    <message>
        <source>not a photo</source>
        <translation>не фотография</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>не удалось прочитать</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фотография</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message numerus="yes">
        <source>%n with critical findings</source>
        <translation>
            <numerusform>с критичными признаками: %n</numerusform>
            <numerusform>с критичными признаками: %n</numerusform>
            <numerusform>с критичными признаками: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (file that is not a photo|files that are not photos)</source>
        <translation>
            <numerusform>%n файл — не фотография</numerusform>
            <numerusform>%n файла — не фотографии</numerusform>
            <numerusform>%n файлов — не фотографии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (file|files) that could not be read</source>
        <translation>
            <numerusform>%n файл не удалось прочитать</numerusform>
            <numerusform>%n файла не удалось прочитать</numerusform>
            <numerusform>%n файлов не удалось прочитать</numerusform>
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
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Специализированные места</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n отказ</numerusform>
            <numerusform>%n отказа</numerusform>
            <numerusform>%n отказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with critical findings</source>
        <translation>
            <numerusform>с критичными признаками: %n</numerusform>
            <numerusform>с критичными признаками: %n</numerusform>
            <numerusform>с критичными признаками: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Show the whole case</source>
        <translation>Показать всё дело</translation>
    </message>
    <message>
        <source>Open a case to see its map.</source>
        <translation>Откройте дело, чтобы увидеть его карту.</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Построение карты…</translation>
    </message>
    <message>
        <source>No background map: choose a tile folder or an MBTiles file in the bar above the map, or switch the online map on there.</source>
        <translation>Подложки нет: выберите папку тайлов или файл MBTiles на панели над картой или включите там онлайн-карту.</translation>
    </message>
    <message>
        <source>{counts} in its window</source>
        <translation>{counts} за его период</translation>
    </message>
    <message>
        <source>Refusal {number} · {venue}: {photos}.</source>
        <translation>Отказ {number} · {venue}: {photos}.</translation>
    </message>
    <message>
        <source>The map page could not be loaded.</source>
        <translation>Не удалось загрузить страницу карты.</translation>
    </message>
    <message>
        <source>The map could not be drawn.</source>
        <translation>Не удалось построить карту.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in its window</source>
        <translation>
            <numerusform>%n фотография за его период</numerusform>
            <numerusform>%n фотографии за его период</numerusform>
            <numerusform>%n фотографий за его период</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaCount</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотография</numerusform>
            <numerusform>%n фотографии</numerusform>
            <numerusform>%n фотографий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n видео</numerusform>
            <numerusform>%n видео</numerusform>
            <numerusform>%n видео</numerusform>
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
        <translation>Фо&amp;то</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык (Language)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ГГГГ-ММ-ДД ЧЧ:ММ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Type it whole (2008-10-22 20:00 or 22.10.2008 20:00) or pick it from the calendar; Up and Down change the part under the cursor.</source>
        <translation>Введите целиком (2008-10-22 20:00 или 22.10.2008 20:00) или выберите в календаре; стрелки вверх и вниз меняют часть под курсором.</translation>
    </message>
    <message>
        <source>Type it whole (2008-10-22 or 22.10.2008) or pick it from the calendar; Up and Down change the part under the cursor.</source>
        <translation>Введите целиком (2008-10-22 или 22.10.2008) или выберите в календаре; стрелки вверх и вниз меняют часть под курсором.</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (F4)</source>
        <translation>Выбрать дату в календаре (F4)</translation>
    </message>
</context>
<context>
    <name>MomentPicker</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Before this is saved: who is working? Skver signs every observation, refusal and custody entry with this name, and a report&apos;s “Prepared by” starts with it.</source>
        <translation>Прежде чем сохранить: кто работает? Skver указывает это имя в каждом наблюдении, отказе и записи журнала хранения, и с него начинается строка «Подготовил(а)» в отчёте.</translation>
    </message>
    <message>
        <source>Skver signs every observation, refusal and custody entry with this name, and a report&apos;s “Prepared by” starts with it. A new name signs only what is recorded from now on; what was recorded keeps the name it was signed with.</source>
        <translation>Skver указывает это имя в каждом наблюдении, отказе и записи журнала хранения, и с него начинается строка «Подготовил(а)» в отчёте. Новое имя указывается только в том, что записывается с этого момента; в уже записанном остаётся прежнее имя.</translation>
    </message>
    <message>
        <source>The name travels with the case: in its custody log, its reports and every evidence bundle exported from it. If being named could put you at risk, use the name your lawyer or organisation knows you by.</source>
        <translation>Имя остаётся в деле: в его журнале хранения, отчётах и каждом экспортированном из него пакете доказательств. Если указание имени может подвергнуть вас опасности, укажите имя, под которым вас знают ваш юрист или организация.</translation>
    </message>
    <message>
        <source>e.g. Aigerim Bekova, monitor</source>
        <translation>напр. Айгерим Бекова, наблюдатель</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Использовать это имя</translation>
    </message>
    <message>
        <source>Work without a name</source>
        <translation>Работать без имени</translation>
    </message>
    <message>
        <source>Signs with “{unnamed}”: a court may give less weight to what nobody vouches for.</source>
        <translation>Будет указано «{unnamed}»: суд может придать меньше значения тому, за что никто не ручается.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type a name, or choose to work without one.</source>
        <translation>Введите имя или выберите работу без имени.</translation>
    </message>
    <message>
        <source>Type the name as one line of plain text.</source>
        <translation>Введите имя одной строкой обычного текста.</translation>
    </message>
    <message>
        <source>A name of at most {n} characters, please.</source>
        <translation>Имя должно быть не длиннее {n} символов.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Новая или пустая папка</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>e.g. Almaty refusals 2024</source>
        <translation>напр. Отказы в Алматы 2024</translation>
    </message>
    <message>
        <source>Load the designated venues of Almaty (2020 decision)</source>
        <translation>Загрузить специализированные места Алматы (решение 2020 года)</translation>
    </message>
    <message>
        <source>Encrypt this case with a passphrase</source>
        <translation>Зашифровать это дело парольной фразой</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Та же парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>At least {n} characters; several unrelated words are stronger than one clever word. Without the passphrase nobody can read the case, Skver included: keep it safe.</source>
        <translation>Не меньше {n} символов; несколько не связанных между собой слов надёжнее одного хитрого слова. Без парольной фразы дело не прочтёт никто, включая Skver: храните её надёжно.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Local times of refusals and photos without a zone of their own are read in this zone.</source>
        <translation>Местное время отказов и фотографий без собственного часового пояса читается в этом поясе.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Folder for the new case</source>
        <translation>Папка для нового дела</translation>
    </message>
    <message>
        <source>Choose or type a folder for the case.</source>
        <translation>Выберите или введите папку для дела.</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path.</source>
        <translation>Укажите полный путь к папке.</translation>
    </message>
    <message>
        <source>Give the case a title (it heads the report).</source>
        <translation>Дайте делу название (оно стоит в заголовке отчёта).</translation>
    </message>
    <message>
        <source>A title of at most {n} characters, please (this is {length}).</source>
        <translation>Название должно быть не длиннее {n} символов (сейчас {length}).</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone; pick one from the list (for example Asia/Almaty).</source>
        <translation>«{zone}» — не часовой пояс; выберите пояс из списка (например, Asia/Almaty).</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>В парольной фразе должно быть не меньше {n} символов.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>Observing</name>
    <message>
        <source>{n} people</source>
        <translation>{n} чел.</translation>
    </message>
    <message>
        <source>Your changes to photo {id} were not saved: its case is no longer open.</source>
        <translation>Ваши изменения по фотографии {id} не сохранены: её дело уже закрыто.</translation>
    </message>
    <message>
        <source>Saving the observation…</source>
        <translation>Сохранение наблюдения…</translation>
    </message>
    <message>
        <source>its case is no longer open.</source>
        <translation>её дело больше не открыто.</translation>
    </message>
    <message>
        <source>Photo {id}: your correction of observation {earlier} saved (observation {new}).</source>
        <translation>Фото {id}: ваше исправление наблюдения {earlier} сохранено (наблюдение {new}).</translation>
    </message>
    <message>
        <source>Photo {id}: observation {new} saved.</source>
        <translation>Фото {id}: наблюдение {new} сохранено.</translation>
    </message>
    <message>
        <source>Not saved (photo {id}): {why}</source>
        <translation>Не сохранено (фото {id}): {why}</translation>
    </message>
    <message>
        <source>Your observation</source>
        <translation>Ваше наблюдение</translation>
    </message>
    <message>
        <source>Photo {id}: “{typed}” is not a number of people, so your changes to it were not saved.</source>
        <translation>Фото {id}: «{typed}» — не число людей, поэтому ваши изменения не сохранены.</translation>
    </message>
    <message>
        <source>Go back to photo {id}</source>
        <translation>Вернуться к фото {id}</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Отбросить изменения</translation>
    </message>
    <message>
        <source>Photo {id}: you cleared everything from your observation {obs}. Withdraw it?</source>
        <translation>Фото {id}: вы убрали всё из своего наблюдения {obs}. Отозвать его?</translation>
    </message>
    <message>
        <source>Withdraw it…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>Keep it as saved</source>
        <translation>Оставить как сохранено</translation>
    </message>
    <message>
        <source>You have no observation of photo {id} to withdraw.</source>
        <translation>У вас нет наблюдения по фотографии {id}, которое можно отозвать.</translation>
    </message>
    <message>
        <source>Nothing to withdraw: no observation you recorded in this window still counts.</source>
        <translation>Нечего отзывать: ни одно наблюдение, записанное вами в этом окне, больше не учитывается.</translation>
    </message>
    <message>
        <source>Withdrawing the observation…</source>
        <translation>Наблюдение отзывается…</translation>
    </message>
    <message>
        <source>Photo {id}: your observation {obs} was withdrawn; it no longer counts.</source>
        <translation>Фото {id}: ваше наблюдение {obs} отозвано и больше не учитывается.</translation>
    </message>
    <message>
        <source>your changes to photo(s) {photos}</source>
        <translation>ваши изменения по фотографиям {photos}</translation>
    </message>
    <message>
        <source>Your changes to photo(s) {photos} could not be saved. Leave the case without them?</source>
        <translation>Ваши изменения по фотографиям {photos} не удалось сохранить. Закрыть дело без них?</translation>
    </message>
    <message>
        <source>Leave without them</source>
        <translation>Закрыть дело без них</translation>
    </message>
    <message>
        <source>Your changes to photo(s) {photos} could not be saved. Close without them?</source>
        <translation>Ваши изменения по фотографиям {photos} не удалось сохранить. Закрыть без них?</translation>
    </message>
    <message>
        <source>Close without them</source>
        <translation>Закрыть без них</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
</context>
<context>
    <name>OccupancyWindow</name>
    <message>
        <source>The akimat&apos;s published occupancy</source>
        <translation>Занятость, опубликованная акиматом</translation>
    </message>
    <message>
        <source>Constitutional Court normative resolution No. 61-NP of 20 January 2025 requires the akimat to publish on its website the occupancy of the specialised places: the planned events, their place, date, start and end time and expected number of participants. Keep copies of that page here and the events it lists: each refusal whose ground is another event is held against them.</source>
        <translation>Нормативное постановление Конституционного Суда Республики Казахстан от 20 января 2025 года № 61-НП обязывает акимат публиковать на своём интернет-ресурсе занятость специализированных мест: планируемые мероприятия, место, дату, время начала и окончания и ожидаемое количество участников. Храните здесь копии этой страницы и перечисленные в ней мероприятия: с ними сверяется каждый отказ, основанием которого указано иное мероприятие.</translation>
    </message>
    <message>
        <source>Copies of the page kept in the case</source>
        <translation>Копии страницы, хранящиеся в деле</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как получена</translation>
    </message>
    <message>
        <source>Captured (UTC)</source>
        <translation>Время сохранения (UTC)</translation>
    </message>
    <message>
        <source>Dates it lists</source>
        <translation>Охватываемые даты</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Events the page lists</source>
        <translation>Мероприятия на странице</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Ожидаемое количество участников</translation>
    </message>
    <message>
        <source>Event, as printed</source>
        <translation>Мероприятие, как напечатано</translation>
    </message>
    <message>
        <source>Keep a saved page…</source>
        <translation>Добавить сохранённую страницу…</translation>
    </message>
    <message>
        <source>Capture from the web…</source>
        <translation>Сохранить из интернета…</translation>
    </message>
    <message>
        <source>Read its table…</source>
        <translation>Прочитать её таблицу…</translation>
    </message>
    <message>
        <source>Dates it lists…</source>
        <translation>Охватываемые даты…</translation>
    </message>
    <message>
        <source>Its list is complete…</source>
        <translation>Перечень полон…</translation>
    </message>
    <message>
        <source>Remove the event…</source>
        <translation>Удалить мероприятие…</translation>
    </message>
    <message>
        <source>Add an event…</source>
        <translation>Добавить мероприятие…</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>captured by Skver</source>
        <translation>сохранена программой Skver</translation>
    </message>
    <message>
        <source>saved by a person</source>
        <translation>сохранена человеком</translation>
    </message>
    <message>
        <source>Read from the page&apos;s table: {row}</source>
        <translation>Прочитано из таблицы страницы: {row}</translation>
    </message>
    <message>
        <source>Typed in by a person</source>
        <translation>Введено человеком</translation>
    </message>
    <message>
        <source>Keeping the page</source>
        <translation>Страница добавляется в дело</translation>
    </message>
    <message>
        <source>Keeping the captured page</source>
        <translation>Сохранённая страница добавляется в дело</translation>
    </message>
    <message>
        <source>Recording the event</source>
        <translation>Мероприятие записывается</translation>
    </message>
    <message>
        <source>Recording the dates the page lists</source>
        <translation>Записываются даты, которые охватывает страница</translation>
    </message>
    <message>
        <source>Recording that the page&apos;s list is complete</source>
        <translation>Запись о том, что перечень страницы полон</translation>
    </message>
    <message>
        <source>Removing the event</source>
        <translation>Мероприятие удаляется</translation>
    </message>
    <message>
        <source>Reading the page&apos;s table</source>
        <translation>Чтение таблицы страницы</translation>
    </message>
    <message>
        <source>Recording the table&apos;s events</source>
        <translation>Мероприятия из таблицы записываются</translation>
    </message>
</context>
<context>
    <name>PageCapturer</name>
    <message>
        <source>The page {url} could not be loaded: check the address and that this computer is online.</source>
        <translation>Страницу {url} не удалось загрузить: проверьте адрес и подключение этого компьютера к интернету.</translation>
    </message>
    <message>
        <source>The page {url} loaded but could not be printed to a PDF.</source>
        <translation>Страница {url} загрузилась, но её не удалось сохранить в PDF.</translation>
    </message>
    <message>
        <source>The page {url} did not load within {seconds} seconds; nothing was captured.</source>
        <translation>Страница {url} не загрузилась за {seconds} с; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted case</source>
        <translation>Зашифрованное дело</translation>
    </message>
    <message>
        <source>The case in {folder} is encrypted. Enter its passphrase to open it.</source>
        <translation>Дело в папке {folder} зашифровано. Введите его парольную фразу, чтобы открыть его.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Wrong passphrase for this case; nothing was changed.</source>
        <translation>Неверная парольная фраза для этого дела; ничего не изменено.</translation>
    </message>
    <message>
        <source>The case&apos;s keyfile is damaged: no passphrase can open the case with it. Copy the keyfile you saved (Save a copy…, offered when the case was made) into the case folder as “keyfile”, then open the case with the passphrase it had when you saved it.</source>
        <translation>Файл ключа дела повреждён: с ним дело не откроет ни одна парольная фраза. Скопируйте сохранённый вами файл ключа («Сохранить копию…» предлагалось при создании дела) в папку дела под именем «keyfile», затем откройте дело парольной фразой, которая была у него, когда вы сохраняли копию.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>it has one kind of character only</source>
        <translation>в ней символы только одного вида</translation>
    </message>
    <message>
        <source>it repeats a few characters</source>
        <translation>в ней повторяются несколько символов</translation>
    </message>
    <message>
        <source>it follows the alphabet, the digits or the keyboard</source>
        <translation>она идёт подряд по алфавиту, цифрам или клавиатуре</translation>
    </message>
    <message>
        <source>it is a common password or word with a few characters added</source>
        <translation>это распространённый пароль или слово с несколькими добавленными символами</translation>
    </message>
    <message>
        <source>This passphrase is weak: {why}. It will be accepted, but several unrelated words are much harder to guess.</source>
        <translation>Эта парольная фраза слабая: {why}. Она будет принята, но несколько не связанных между собой слов подобрать гораздо труднее.</translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <source>Import photos into “{case}”…</source>
        <translation>Импортировать фотографии в дело «{case}»…</translation>
    </message>
    <message>
        <source>Import folder into “{case}”…</source>
        <translation>Импортировать папку в дело «{case}»…</translation>
    </message>
    <message>
        <source>Into the case “{case}” in {folder}</source>
        <translation>В дело «{case}» в папке {folder}</translation>
    </message>
    <message>
        <source>Import photos into “{case}”</source>
        <translation>Импорт фотографий в дело «{case}»</translation>
    </message>
    <message>
        <source>Photos, videos and ProofMode or Tella proofs ({patterns});;All files (*)</source>
        <translation>Фотографии, видео и удостоверения ProofMode или Tella ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import a folder into “{case}”</source>
        <translation>Импорт папки в дело «{case}»</translation>
    </message>
    <message>
        <source>Importing photos into “{case}”…</source>
        <translation>Импорт фотографий в дело «{case}»…</translation>
    </message>
    <message>
        <source>An import is already running; drop the files again when it has finished.</source>
        <translation>Импорт уже идёт; перетащите файлы снова, когда он завершится.</translation>
    </message>
</context>
<context>
    <name>PhotoTime</name>
    <message>
        <source>{reading}, {duration} ahead of the GPS clock</source>
        <translation>{reading}, спешат на {duration} относительно часов GPS</translation>
    </message>
    <message>
        <source>{reading}, {duration} behind the GPS clock</source>
        <translation>{reading}, отстают на {duration} от часов GPS</translation>
    </message>
    <message>
        <source>{source}; camera {duration} ahead</source>
        <translation>{source}; камера спешит на {duration}</translation>
    </message>
    <message>
        <source>{source}; camera {duration} behind</source>
        <translation>{source}; камера отстаёт на {duration}</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>время неизвестно</translation>
    </message>
    <message>
        <source>{reading}, {duration} ahead of the credentials&apos; time-stamp</source>
        <translation>{reading}, спешат на {duration} относительно метки времени сведений Content Credentials</translation>
    </message>
    <message>
        <source>{reading}, {duration} behind the credentials&apos; time-stamp</source>
        <translation>{reading}, отстают на {duration} от метки времени сведений Content Credentials</translation>
    </message>
    <message>
        <source>Not dated: neither a camera clock with a known UTC offset nor a GPS clock says when it was taken.</source>
        <translation>Время неизвестно: ни часы камеры с известным смещением от UTC, ни часы GPS не показывают, когда сделан снимок.</translation>
    </message>
    <message>
        <source>{reading} (its UTC offset is unknown)</source>
        <translation>{reading} (смещение от UTC неизвестно)</translation>
    </message>
    <message>
        <source>Taken {time} ± {doubt}</source>
        <translation>Снято {time} ± {doubt}</translation>
    </message>
</context>
<context>
    <name>PhotosEmptyState</name>
    <message>
        <source>The case “{case}” has no photos yet</source>
        <translation>В деле «{case}» ещё нет фотографий</translation>
    </message>
    <message>
        <source>Import the photos of a visit, or drop them here: Skver copies each original into this case unchanged and records it in the case&apos;s custody log.</source>
        <translation>Импортируйте фотографии с выезда или перетащите их сюда: Skver копирует каждый оригинал в это дело без изменений и записывает его в журнал хранения дела.</translation>
    </message>
    <message>
        <source>Case folder: {folder}</source>
        <translation>Папка дела: {folder}</translation>
    </message>
    <message>
        <source>To look at photos without adding them to this case, use File ▸ Inspect files (not evidence)…</source>
        <translation>Чтобы посмотреть фотографии, не добавляя их в это дело, выберите Файл ▸ Проверить файлы (не доказательства)…</translation>
    </message>
    <message>
        <source>No case is open</source>
        <translation>Дело не открыто</translation>
    </message>
    <message>
        <source>A case keeps the photos of visits, the venues and the refusals of one matter, with a custody log of every change. Create one, open one, or look around the demo case.</source>
        <translation>Дело хранит фотографии с выездов, специализированные места и отказы по одному вопросу вместе с журналом хранения, где записано каждое изменение. Создайте дело, откройте существующее или осмотритесь в демонстрационном деле.</translation>
    </message>
    <message>
        <source>Inspect files only reads photos where they are, to check them before a visit or an import: nothing is kept.</source>
        <translation>«Проверить файлы» только читает фотографии там, где они лежат, чтобы проверить их перед выездом или импортом: ничего не сохраняется.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RecentCasesMenu</name>
    <message>
        <source>Recent cases</source>
        <translation>Недавние дела</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>Нет недавних дел</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Redact photo {id}</source>
        <translation>Скрыть детали на фотографии {id}</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Чтение фотографии…</translation>
    </message>
    <message>
        <source>Drag over each bystander&apos;s face or number plate. Ticked regions are hidden in reports; the original is never changed.</source>
        <translation>Обведите мышью лицо каждого постороннего человека и каждый номерной знак. Отмеченные области скрываются в отчётах; оригинал никогда не меняется.</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Номерной знак</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Размыть</translation>
    </message>
    <message>
        <source>Black out</source>
        <translation>Закрасить чёрным</translation>
    </message>
    <message>
        <source>Region shows:</source>
        <translation>В области:</translation>
    </message>
    <message>
        <source>Hide by:</source>
        <translation>Как скрыть:</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Удалить область</translation>
    </message>
    <message>
        <source>Propose faces</source>
        <translation>Предложить лица</translation>
    </message>
    <message>
        <source>Proposals are dashed and count only once ticked. The detector misses small, turned or masked faces and sometimes sees a face in a pattern: check each one and draw the faces it missed.</source>
        <translation>Предложения обведены пунктиром и учитываются, только когда отмечены. Детектор пропускает маленькие, повёрнутые и закрытые маской лица и иногда видит лицо в узоре: проверьте каждое предложение и обведите пропущенные лица сами.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Remove redaction</source>
        <translation>Больше не скрывать</translation>
    </message>
    <message>
        <source>This photo is redacted for reports: edit its regions and apply, or remove the redaction.</source>
        <translation>На этой фотографии детали скрыты для отчётов: измените области и нажмите «Применить» или нажмите «Больше не скрывать».</translation>
    </message>
    <message>
        <source>{reason}: {place}</source>
        <translation>{reason}: {place}</translation>
    </message>
    <message>
        <source>{region} (proposed)</source>
        <translation>{region} (предложено)</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Поиск лиц…</translation>
    </message>
    <message>
        <source>Draw a region, or tick a proposed one, first.</source>
        <translation>Сначала обведите область или отметьте предложенную.</translation>
    </message>
    <message>
        <source>Saving the redaction…</source>
        <translation>Сохранение скрытых областей…</translation>
    </message>
    <message>
        <source>Removing the redaction…</source>
        <translation>Скрытые области снимаются…</translation>
    </message>
    <message>
        <source>Remove the region selected in the list</source>
        <translation>Удалить выбранную в списке область</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) proposed: tick each one that really is a face.</source>
        <translation>
            <numerusform>Предложено лиц: %n. Отметьте каждое, где действительно лицо.</numerusform>
            <numerusform>Предложено лиц: %n. Отметьте каждое, где действительно лицо.</numerusform>
            <numerusform>Предложено лиц: %n. Отметьте каждое, где действительно лицо.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>Select a photo of the case to redact.</source>
        <translation>Выберите фотографию дела, детали которой нужно скрыть.</translation>
    </message>
    <message>
        <source>The photo&apos;s redaction is updated; the original is unchanged.</source>
        <translation>Скрытые области фотографии обновлены; оригинал не изменён.</translation>
    </message>
    <message>
        <source>Discard the regions you drew on this photo?</source>
        <translation>Отбросить области, выделенные вами на этой фотографии?</translation>
    </message>
    <message>
        <source>They have not been applied: the photo&apos;s redaction is as it was.</source>
        <translation>Они не применены: скрытые области фотографии остались прежними.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>the regions drawn on photo {id}</source>
        <translation>области, выделенные на фотографии {id}</translation>
    </message>
</context>
<context>
    <name>RefusalActions</name>
    <message>
        <source>&amp;Refusals</source>
        <translation>&amp;Отказы</translation>
    </message>
    <message>
        <source>Choose one or more of the case&apos;s photos first.</source>
        <translation>Сначала выберите одну или несколько фотографий дела.</translation>
    </message>
    <message>
        <source>Save or cancel the refusal being edited first.</source>
        <translation>Сначала сохраните или отмените изменяемый отказ.</translation>
    </message>
    <message>
        <source>the new refusal being added</source>
        <translation>новый добавляемый отказ</translation>
    </message>
    <message>
        <source>your changes to refusal {number}</source>
        <translation>ваши изменения в отказе {number}</translation>
    </message>
    <message>
        <source>Saving the refusal…</source>
        <translation>Сохранение отказа…</translation>
    </message>
    <message>
        <source>Refusal saved.</source>
        <translation>Отказ сохранён.</translation>
    </message>
    <message>
        <source>Attach the scanned letter of {number}</source>
        <translation>Приложить скан письма {number}</translation>
    </message>
    <message>
        <source>Letters (PDF, JPEG, PNG) ({patterns});;All files (*)</source>
        <translation>Письма (PDF, JPEG, PNG) ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Attaching the letter…</source>
        <translation>Письмо прикладывается…</translation>
    </message>
    <message>
        <source>Letter attached.</source>
        <translation>Письмо приложено.</translation>
    </message>
    <message>
        <source>Import refusals from a spreadsheet</source>
        <translation>Импорт отказов из таблицы</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.CSV *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.CSV *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing refusals…</source>
        <translation>Импорт отказов…</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Отказы</translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n отказ.</numerusform>
            <numerusform>Импортировано %n отказа.</numerusform>
            <numerusform>Импортировано %n отказов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalDetail</name>
    <message>
        <source>Select a refusal to see its excuse, the window it claims, the verdict and the reasons for it.</source>
        <translation>Выберите отказ, чтобы увидеть его основание, указанный в нём период, вывод и обоснование вывода.</translation>
    </message>
    <message>
        <source>Refusal dated {date}; excuse: {category}</source>
        <translation>Отказ от {date}; основание: {category}</translation>
    </message>
    <message>
        <source>The excuse, as written</source>
        <translation>Основание отказа, как оно написано</translation>
    </message>
    <message>
        <source>Claimed window</source>
        <translation>Период, указанный в отказе</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Оговорки</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>The photos speak for {share:.0%} of the window ({covered} of {total}).</source>
        <translation>Фотографии охватывают {share:.0%} периода ({covered} из {total}).</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} ч {m:02d} мин</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} мин</translation>
    </message>
    <message>
        <source>local</source>
        <translation>местное</translation>
    </message>
    <message>
        <source>{m:.0f} m inside the venue</source>
        <translation>{m:.0f} м в пределах места</translation>
    </message>
    <message>
        <source>{m:.0f} m outside the venue</source>
        <translation>{m:.0f} м за пределами места</translation>
    </message>
    <message>
        <source>Photos in the window</source>
        <translation>Фотографии за период</translation>
    </message>
    <message>
        <source>Local ({zone}, UTC{offset})</source>
        <translation>Местное ({zone}, UTC{offset})</translation>
    </message>
    <message>
        <source>Gaps with no photo:</source>
        <translation>Промежутки без фотографий:</translation>
    </message>
    <message>
        <source>{local} local ({utc} UTC)</source>
        <translation>{local} местного ({utc} UTC)</translation>
    </message>
    <message>
        <source>{utc} UTC</source>
        <translation>{utc} UTC</translation>
    </message>
    <message>
        <source>Photo {id}</source>
        <translation>Фото {id}</translation>
    </message>
</context>
<context>
    <name>RefusalFilterBar</name>
    <message>
        <source>All venues</source>
        <translation>Все места</translation>
    </message>
    <message>
        <source>All excuses</source>
        <translation>Все основания</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Все выводы</translation>
    </message>
    <message>
        <source>Window date</source>
        <translation>Дата периода</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n refusal(s) shown</source>
        <translation>
            <numerusform>Показано {shown} из %n отказа</numerusform>
            <numerusform>Показано {shown} из %n отказов</numerusform>
            <numerusform>Показано {shown} из %n отказов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalForm</name>
    <message>
        <source>Edit refusal</source>
        <translation>Изменение отказа</translation>
    </message>
    <message>
        <source>Add refusal</source>
        <translation>Новый отказ</translation>
    </message>
    <message>
        <source>e.g. 18:00–21:00</source>
        <translation>напр. 18:00–21:00</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Choose the venue the letter refuses…</source>
        <translation>Выберите специализированное место, о котором идёт речь в отказе…</translation>
    </message>
    <message>
        <source>The reason, word for word as in the letter</source>
        <translation>Основание отказа дословно, как в письме</translation>
    </message>
    <message>
        <source>Confirmed by me</source>
        <translation>Подтверждаю</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>picket</source>
        <translation>пикетирование</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>собрание</translation>
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
        <translation>шествие</translation>
    </message>
    <message>
        <source>Left empty, the letter&apos;s date stands for the day the answer was received.</source>
        <translation>Если оставить пустым, днём получения ответа считается дата письма.</translation>
    </message>
    <message>
        <source>none cited</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>The other place or time the letter proposes, if any</source>
        <translation>Иное место и (или) время, предложенные в письме, если есть</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал(а)</translation>
    </message>
    <message>
        <source>Event requested for</source>
        <translation>Заявленная дата собрания</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Ожидаемое число участников</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Специализированное место</translation>
    </message>
    <message>
        <source>Claimed unavailable (local time, {zone})</source>
        <translation>Период недоступности (местное время, {zone})</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Excuse, verbatim</source>
        <translation>Основание отказа дословно</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Вид основания</translation>
    </message>
    <message>
        <source>Scanned letter</source>
        <translation>Скан письма</translation>
    </message>
    <message>
        <source>Procedure (as the letter and the notification show it)</source>
        <translation>Порядок (как его показывают письмо и уведомление)</translation>
    </message>
    <message>
        <source>Form of assembly</source>
        <translation>Форма мирного собрания</translation>
    </message>
    <message>
        <source>Notification registered</source>
        <translation>Уведомление зарегистрировано</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Ответ получен</translation>
    </message>
    <message>
        <source>Ground cited (Art. 14(1))</source>
        <translation>Указанное основание отказа (п. 1 ст. 14)</translation>
    </message>
    <message>
        <source>Other place or time proposed</source>
        <translation>Предложено иное место и (или) время</translation>
    </message>
    <message>
        <source>kept in the case ({path})</source>
        <translation>хранится в деле ({path})</translation>
    </message>
    <message>
        <source>Proposed from {photos}: the first taken {first}, the last {last}, as the analysis dates them (which may differ from the camera&apos;s clock). The window runs from the first one&apos;s minute to the end of the last one&apos;s: check it against the letter.</source>
        <translation>Предложено по фото ({photos}): первая — {first}, последняя — {last} (время по анализу, не всегда по часам камеры). Период — с минуты первой до конца минуты последней: сверьте с письмом.</translation>
    </message>
    <message>
        <source>None of the photos chosen has a time the analysis can use: type the window as the letter gives it.</source>
        <translation>Ни у одной из выбранных фотографий нет времени, которое может использовать анализ: введите период так, как он указан в письме.</translation>
    </message>
    <message>
        <source>Every photo chosen is at {venue}.</source>
        <translation>Все выбранные фотографии сделаны в месте «{venue}».</translation>
    </message>
    <message>
        <source>The photos chosen are at more than one venue of the list ({venues}): choose the one the letter names.</source>
        <translation>Выбранные фотографии сделаны в нескольких местах из списка ({venues}): выберите то, которое названо в письме.</translation>
    </message>
    <message>
        <source>The photos chosen are not all at one venue of the list: choose the venue.</source>
        <translation>Не все выбранные фотографии сделаны в одном месте из списка: выберите специализированное место.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>detected: {language}</source>
        <translation>определён: {language}</translation>
    </message>
    <message>
        <source>Proposed: {category}</source>
        <translation>Предложено: {category}</translation>
    </message>
    <message>
        <source>matched {words}</source>
        <translation>совпало: {words}</translation>
    </message>
    <message>
        <source>nothing matched</source>
        <translation>совпадений нет</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>ещё не подтверждено</translation>
    </message>
    <message>
        <source>UTC{offset}, as typed</source>
        <translation>UTC{offset}, как введено</translation>
    </message>
    <message>
        <source>(this hour came twice: type {offset} after the time for the second)</source>
        <translation>(этот час был дважды: для второго введите {offset} после времени)</translation>
    </message>
    <message>
        <source>The scanned refusal letter</source>
        <translation>Скан письма с отказом</translation>
    </message>
    <message>
        <source>Letters (PDF, JPEG, PNG) ({patterns});;All files (*)</source>
        <translation>Письма (PDF, JPEG, PNG) ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Type or pick when the claimed unavailability starts.</source>
        <translation>Введите или выберите начало периода недоступности.</translation>
    </message>
    <message>
        <source>Type or pick when the claimed unavailability ends.</source>
        <translation>Введите или выберите конец периода недоступности.</translation>
    </message>
    <message>
        <source>There is no such day or time: {text}.</source>
        <translation>Такого дня или времени нет: {text}.</translation>
    </message>
    <message>
        <source>Give the time of day too, e.g. 2008-10-22 20:00.</source>
        <translation>Укажите и время, напр. 2008-10-22 20:00.</translation>
    </message>
    <message>
        <source>A date alone takes no UTC offset: type it as 2008-10-22.</source>
        <translation>Для одной даты смещение от UTC не указывается: введите её как 2008-10-22.</translation>
    </message>
    <message>
        <source>Skver does not read this as a date and time: type it as 2008-10-22 20:00 (or 22.10.2008 20:00).</source>
        <translation>Skver не может прочитать это как дату и время: введите в виде 2008-10-22 20:00 (или 22.10.2008 20:00).</translation>
    </message>
    <message>
        <source>Skver does not read this as a date: type it as 2008-10-22 (or 22.10.2008).</source>
        <translation>Skver не может прочитать это как дату: введите в виде 2008-10-22 (или 22.10.2008).</translation>
    </message>
    <message>
        <source>At most {limit} characters; this is {length}.</source>
        <translation>Не более {limit} символов; сейчас {length}.</translation>
    </message>
    <message>
        <source>Keep the reason&apos;s own words here and attach the scanned letter for the whole text.</source>
        <translation>Оставьте здесь основание отказа словами самого письма, а полный текст приложите в виде скана.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Сократите текст.</translation>
    </message>
    <message>
        <source>Type the document&apos;s number as the letter gives it.</source>
        <translation>Введите номер документа так, как он указан в письме.</translation>
    </message>
    <message>
        <source>Another refusal in this case already records this document for this venue and window.</source>
        <translation>В этом деле уже есть отказ, в котором записан этот документ для этого места и периода.</translation>
    </message>
    <message>
        <source>Type the date the letter gives.</source>
        <translation>Введите дату, указанную в письме.</translation>
    </message>
    <message>
        <source>There is no such day: {text}.</source>
        <translation>Такого дня нет: {text}.</translation>
    </message>
    <message>
        <source>Give a number of people (0 or more), or leave it not stated.</source>
        <translation>Укажите число людей (0 или больше) или оставьте «не указано».</translation>
    </message>
    <message>
        <source>Choose the venue the letter refuses.</source>
        <translation>Выберите специализированное место, о котором идёт речь в отказе.</translation>
    </message>
    <message>
        <source>This venue is no longer in the case: choose another.</source>
        <translation>Этого специализированного места больше нет в деле: выберите другое.</translation>
    </message>
    <message>
        <source>The case&apos;s time zone ({zone}) is not known on this computer, so the times cannot be read.</source>
        <translation>Часовой пояс дела ({zone}) неизвестен на этом компьютере, поэтому время прочитать нельзя.</translation>
    </message>
    <message>
        <source>The window reaches past the ends of the calendar.</source>
        <translation>Период выходит за пределы календаря.</translation>
    </message>
    <message>
        <source>The window must end after it starts: {end} is not after {start}.</source>
        <translation>Период должен заканчиваться позже, чем начинается: {end} не позже {start}.</translation>
    </message>
    <message>
        <source>Copy the reason the letter gives, word for word.</source>
        <translation>Перепишите основание отказа из письма дословно.</translation>
    </message>
    <message>
        <source>The notification is registered after the day of the assembly ({day}).</source>
        <translation>Уведомление зарегистрировано после дня проведения мирного собрания ({day}).</translation>
    </message>
    <message>
        <source>The answer cannot come before the notification was registered ({day}).</source>
        <translation>Ответ не может быть получен до регистрации уведомления ({day}).</translation>
    </message>
    <message>
        <source>The answer cannot be received before the letter&apos;s date ({day}).</source>
        <translation>Ответ не может быть получен раньше даты письма ({day}).</translation>
    </message>
    <message>
        <source>Type the date as 2008-10-22 (or 22.10.2008).</source>
        <translation>Введите дату как 2008-10-22 (или 22.10.2008).</translation>
    </message>
    <message>
        <source>Choose the form of assembly, or leave it not recorded.</source>
        <translation>Выберите форму мирного собрания или оставьте «не записано».</translation>
    </message>
    <message>
        <source>Choose the item of Art. 14(1) the letter cites, or none cited.</source>
        <translation>Выберите подпункт п. 1 ст. 14, указанный в письме, или «не указано».</translation>
    </message>
    <message>
        <source>Choose the category of the reason.</source>
        <translation>Выберите вид основания.</translation>
    </message>
    <message>
        <source>Discard what you typed in this refusal?</source>
        <translation>Отбросить то, что вы ввели в этом отказе?</translation>
    </message>
    <message>
        <source>Discard your changes to this refusal?</source>
        <translation>Отбросить ваши изменения в этом отказе?</translation>
    </message>
    <message>
        <source>Nothing of it has been saved.</source>
        <translation>Ничего из этого не сохранено.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message numerus="yes">
        <source>Left out, with no time the analysis can use: %n photo(s).</source>
        <translation>
            <numerusform>Не учтены, так как нет времени, которое может использовать анализ: %n фотография.</numerusform>
            <numerusform>Не учтены, так как нет времени, которое может использовать анализ: %n фотографии.</numerusform>
            <numerusform>Не учтены, так как нет времени, которое может использовать анализ: %n фотографий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To correct before saving: %n problem(s), each shown beside its field.</source>
        <translation>
            <numerusform>Перед сохранением нужно исправить %n проблему — она показана рядом со своим полем.</numerusform>
            <numerusform>Перед сохранением нужно исправить %n проблемы — каждая показана рядом со своим полем.</numerusform>
            <numerusform>Перед сохранением нужно исправить %n проблем — каждая показана рядом со своим полем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотография</numerusform>
            <numerusform>%n фотографии</numerusform>
            <numerusform>%n фотографий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without a position: %n photo(s); choose the venue.</source>
        <translation>
            <numerusform>Без координат: %n фотография; выберите специализированное место.</numerusform>
            <numerusform>Без координат: %n фотографии; выберите специализированное место.</numerusform>
            <numerusform>Без координат: %n фотографий; выберите специализированное место.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalModel</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Excuse</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
</context>
<context>
    <name>RefusalsView</name>
    <message>
        <source>Show on map</source>
        <translation>Показать на карте</translation>
    </message>
</context>
<context>
    <name>RemoveEntryForm</name>
    <message>
        <source>Remove event {n}</source>
        <translation>Удалить мероприятие {n}</translation>
    </message>
    <message>
        <source>The custody log keeps what the event was and why it was removed.</source>
        <translation>В журнале цепочки сохранности остаются запись о мероприятии и причина его удаления.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Reviewer</name>
    <message>
        <source>Working as: {name}</source>
        <translation>Работает: {name}</translation>
    </message>
    <message>
        <source>Working as: (name not given)</source>
        <translation>Работает: (имя не указано)</translation>
    </message>
    <message>
        <source>What you record is signed with this name. Click to change it.</source>
        <translation>Это имя указывается во всём, что вы записываете. Нажмите, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Not saved: Skver signs each change with the name of who made it, and none was given. Do it again to be asked once more.</source>
        <translation>Не сохранено: Skver указывает в каждом изменении имя того, кто его внёс, а имя не было указано. Повторите действие, и имя будет запрошено снова.</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Counting the files…</source>
        <translation>Подсчёт файлов…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n file(s)</source>
        <translation>
            <numerusform>{done} из %n файла</numerusform>
            <numerusform>{done} из %n файлов</numerusform>
            <numerusform>{done} из %n файлов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedPageForm</name>
    <message>
        <source>Keep a saved page</source>
        <translation>Добавить сохранённую страницу</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>File (HTML, PDF or screenshot):</source>
        <translation>Файл (HTML, PDF или снимок экрана):</translation>
    </message>
    <message>
        <source>Address it was saved from:</source>
        <translation>Адрес, с которого она сохранена:</translation>
    </message>
    <message>
        <source>Saved at (with its UTC offset):</source>
        <translation>Когда сохранена (со смещением от UTC):</translation>
    </message>
    <message>
        <source>The saved page</source>
        <translation>Сохранённая страница</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>critical</source>
        <translation>критично</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>info</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>признаков не выявлено</translation>
    </message>
</context>
<context>
    <name>StatisticsModel</name>
    <message>
        <source>Refusals</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Inconsistent, of those tested</source>
        <translation>Не согласуются (доля проверенных)</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Excuse</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>By venue</source>
        <translation>По местам</translation>
    </message>
    <message>
        <source>By excuse</source>
        <translation>По основаниям</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Recurring excuses: the same excuse for the same venue in several months, never borne out</source>
        <translation>Повторяющиеся основания: одно и то же основание для одного места в разные месяцы, ни разу не подтверждённое фотоматериалами</translation>
    </message>
    <message>
        <source>No excuse recurs in this case.</source>
        <translation>В этом деле основания не повторяются.</translation>
    </message>
    <message>
        <source>The case has no refusals yet.</source>
        <translation>В деле ещё нет отказов.</translation>
    </message>
    <message>
        <source>The photos are inconsistent with the stated ground in {rate} of the refusals they could test.</source>
        <translation>Фотоматериалы не согласуются с указанным основанием в {rate} отказов, которые удалось по ним проверить.</translation>
    </message>
    <message>
        <source>{venue}: “{excuse}” {in_months} ({months}); {photographed}, {contradicted}, none borne out.</source>
        <translation>{venue}: «{excuse}» {in_months} ({months}); {photographed}; {contradicted}; подтверждают основание: ни одного.</translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s): {verdicts}.</source>
        <translation>
            <numerusform>%n отказ: {verdicts}.</numerusform>
            <numerusform>%n отказа: {verdicts}.</numerusform>
            <numerusform>%n отказов: {verdicts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>в %n месяце</numerusform>
            <numerusform>в %n месяцах</numerusform>
            <numerusform>в %n месяцах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{photographed} of %n refusal(s) photographed</source>
        <translation>
            <numerusform>сфотографировано {photographed} из %n отказа</numerusform>
            <numerusform>сфотографировано {photographed} из %n отказов</numerusform>
            <numerusform>сфотографировано {photographed} из %n отказов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableReadForm</name>
    <message>
        <source>Events read from the page&apos;s table</source>
        <translation>Мероприятия, прочитанные из таблицы страницы</translation>
    </message>
    <message>
        <source>Each row as the page prints it. Where its place matches no venue by name, choose the venue it is, or leave it out. Rows already recorded from this page are not recorded twice.</source>
        <translation>Каждая строка так, как она напечатана на странице. Если место не совпадает по названию ни с одним местом дела, выберите, какое это место, или не записывайте строку. Строки, уже записанные с этой страницы, повторно не записываются.</translation>
    </message>
    <message>
        <source>Place, as printed</source>
        <translation>Место, как напечатано</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Ожидаемое количество участников</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— не записывать —</translation>
    </message>
    <message>
        <source>{n} rows could not be read as events (no date, or no start and end time).</source>
        <translation>Строк, которые не удалось прочитать как мероприятия (нет даты или времени начала и окончания): {n}.</translation>
    </message>
    <message>
        <source>The page has more than {n} table rows; those after them were not read: type their events in.</source>
        <translation>На странице больше {n} строк таблицы; следующие за ними не прочитаны: введите их мероприятия вручную.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
</context>
<context>
    <name>TaggingKeys</name>
    <message>
        <source>Type how many people the photo shows</source>
        <translation>Ввести, сколько людей на фотографии</translation>
    </message>
    <message>
        <source>Type a note on what the photo shows</source>
        <translation>Ввести заметку о том, что видно на фотографии</translation>
    </message>
    <message>
        <source>Save the observation and go to the next photo</source>
        <translation>Сохранить наблюдение и перейти к следующей фотографии</translation>
    </message>
    <message>
        <source>From the people count on to the note</source>
        <translation>Из поля числа людей перейти к заметке</translation>
    </message>
    <message>
        <source>Back to the photos; what was typed stays</source>
        <translation>Вернуться к фотографиям; введённое сохраняется</translation>
    </message>
    <message>
        <source>Another photo (left and right in the grid); what you changed on this one is saved, or you are asked</source>
        <translation>Другая фотография (влево и вправо — в сетке); ваши изменения на этой фотографии сохраняются, или Skver спросит о них</translation>
    </message>
    <message>
        <source>Tick or untick “{tag}”</source>
        <translation>Отметить или снять отметку «{tag}»</translation>
    </message>
    <message>
        <source>{key} in People</source>
        <translation>{key} в поле «Люди»</translation>
    </message>
    <message>
        <source>{key} in People or Note</source>
        <translation>{key} в поле «Люди» или «Заметка»</translation>
    </message>
</context>
<context>
    <name>TaggingPanel</name>
    <message>
        <source>not counted</source>
        <translation>не подсчитано</translation>
    </message>
    <message>
        <source>What the photo shows, in a sentence</source>
        <translation>Что видно на фотографии, одной фразой</translation>
    </message>
    <message>
        <source>P  People</source>
        <translation>P  Люди</translation>
    </message>
    <message>
        <source>N  Note</source>
        <translation>N  Заметка</translation>
    </message>
    <message>
        <source>No moment</source>
        <translation>Убрать момент</translation>
    </message>
    <message>
        <source>The observation names no moment of the video</source>
        <translation>Наблюдение не называет момент видео</translation>
    </message>
    <message>
        <source>Keys 1–9 toggle a tag, P the people count, N a note; Enter saves the observation and moves to the next photo.</source>
        <translation>Клавиши 1–9 включают и выключают метку, P — число людей, N — заметку; Enter сохраняет наблюдение и переходит к следующей фотографии.</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>Withdraw your observation of this photo: it stays in the custody log, marked withdrawn, and no longer counts.</source>
        <translation>Отозвать ваше наблюдение по этой фотографии: оно остаётся в журнале хранения с пометкой «отозвано» и больше не учитывается.</translation>
    </message>
    <message>
        <source>What the video shows, in a sentence</source>
        <translation>Что видно на видео, одной фразой</translation>
    </message>
    <message>
        <source>The observation names no moment of the video: choose a frame above and press “Use this moment for the observation”.</source>
        <translation>Наблюдение не называет момент видео: выберите кадр выше и нажмите «Указать этот момент в наблюдении».</translation>
    </message>
    <message>
        <source>The observation names the frame at {moment} from the video&apos;s start.</source>
        <translation>Наблюдение называет кадр в момент {moment} от начала видео.</translation>
    </message>
    <message>
        <source>Not saved yet: saved when you go to another photo, or press Enter.</source>
        <translation>Ещё не сохранено: сохранится, когда вы перейдёте к другой фотографии или нажмёте Enter.</translation>
    </message>
    <message>
        <source>Changed, not saved yet: saved as a correction when you go to another photo, or press Enter.</source>
        <translation>Изменено, ещё не сохранено: сохранится как исправление, когда вы перейдёте к другой фотографии или нажмёте Enter.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>You withdrew your observation of this video: nothing of yours counts for it.</source>
        <translation>Вы отозвали своё наблюдение по этому видео: ничего из ваших записей по нему не учитывается.</translation>
    </message>
    <message>
        <source>You withdrew your observation of this photo: nothing of yours counts for it.</source>
        <translation>Вы отозвали своё наблюдение по этой фотографии: ничего из ваших записей по ней не учитывается.</translation>
    </message>
    <message>
        <source>You have recorded nothing for this video yet.</source>
        <translation>Вы ещё ничего не записали по этому видео.</translation>
    </message>
    <message>
        <source>You have recorded nothing for this photo yet.</source>
        <translation>Вы ещё ничего не записали по этой фотографии.</translation>
    </message>
    <message>
        <source>Saved: your correction (observation {id}, {when} UTC) of observation {earlier}.</source>
        <translation>Сохранено: ваше исправление (наблюдение {id}, {when} UTC) наблюдения {earlier}.</translation>
    </message>
    <message>
        <source>Saved: your observation {id}, {when} UTC.</source>
        <translation>Сохранено: ваше наблюдение {id}, {when} UTC.</translation>
    </message>
    <message>
        <source>You have {n} observations of this video in effect; the form shows the latest.</source>
        <translation>Ваших действующих наблюдений по этому видео: {n}; в форме показано последнее.</translation>
    </message>
    <message>
        <source>You have {n} observations of this photo in effect; the form shows the latest.</source>
        <translation>Ваших действующих наблюдений по этой фотографии: {n}; в форме показано последнее.</translation>
    </message>
</context>
<context>
    <name>VenueForm</name>
    <message>
        <source>New venue</source>
        <translation>Новое специализированное место</translation>
    </message>
    <message>
        <source>Venue {slug}</source>
        <translation>Специализированное место {slug}</translation>
    </message>
    <message>
        <source>e.g. gandhi-park</source>
        <translation>напр. gandhi-park</translation>
    </message>
    <message>
        <source>not set: from the start</source>
        <translation>не задано: с самого начала</translation>
    </message>
    <message>
        <source>not set: still valid</source>
        <translation>не задано: действует</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Код (slug)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (английское)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (русское)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Название (казахское)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Вместимость</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>From a photo</source>
        <translation>С фотографии</translation>
    </message>
    <message>
        <source>Point with a radius</source>
        <translation>Точка с радиусом</translation>
    </message>
    <message>
        <source>Outline (polygon)</source>
        <translation>Контур (многоугольник)</translation>
    </message>
    <message>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation>Шир.</translation>
    </message>
    <message>
        <source>Lon</source>
        <translation>Долг.</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Радиус</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Поставить на карте</translation>
    </message>
    <message>
        <source>Use its GPS</source>
        <translation>Взять её GPS</translation>
    </message>
    <message>
        <source>No photo in the case has a GPS position</source>
        <translation>Ни у одной фотографии в деле нет GPS-координат</translation>
    </message>
    <message>
        <source>Draw on the map</source>
        <translation>Нарисовать на карте</translation>
    </message>
    <message numerus="yes">
        <source>%n corner(s); click “Draw on the map”, then click each corner on the map.</source>
        <translation>
            <numerusform>%n угол; нажмите «Нарисовать на карте», затем щёлкните по каждому углу на карте.</numerusform>
            <numerusform>%n угла; нажмите «Нарисовать на карте», затем щёлкните по каждому углу на карте.</numerusform>
            <numerusform>%n углов; нажмите «Нарисовать на карте», затем щёлкните по каждому углу на карте.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueModel</name>
    <message>
        <source>surveyed</source>
        <translation>измерено на месте</translation>
    </message>
    <message>
        <source>photo GPS</source>
        <translation>GPS фотографии</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>The venue&apos;s name in the interface&apos;s language; its legal basis on hover</source>
        <translation>Название места на языке интерфейса; при наведении — правовое основание</translation>
    </message>
    <message>
        <source>The city the venue is in</source>
        <translation>Город, в котором находится место</translation>
    </message>
    <message>
        <source>The first day the venue is designated for assemblies (—: from the start)</source>
        <translation>Первый день, когда место входит в перечень специализированных мест (—: с самого начала)</translation>
    </message>
    <message>
        <source>The last day the venue is designated for assemblies (—: still designated)</source>
        <translation>Последний день, когда место входит в перечень специализированных мест (—: входит и сейчас)</translation>
    </message>
    <message>
        <source>How sure the venue&apos;s position is: surveyed, from a photo&apos;s GPS, or approximate</source>
        <translation>Насколько точно известно расположение места: измерено на месте, по GPS фотографии или приблизительно</translation>
    </message>
    <message>
        <source>How many refusals name this venue</source>
        <translation>Сколько отказов касается этого места</translation>
    </message>
    <message>
        <source>What the photos make of those refusals: how many of each verdict</source>
        <translation>Что показывают фотоматериалы по этим отказам: сколько каких выводов</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translation>Правовое основание: {basis}</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Выводы</translation>
    </message>
</context>
<context>
    <name>VenuesView</name>
    <message>
        <source>Add venue…</source>
        <translation>Добавить место…</translation>
    </message>
    <message>
        <source>Edit venue…</source>
        <translation>Изменить место…</translation>
    </message>
    <message>
        <source>Double-click a venue to edit it; click one on the map to find it here.</source>
        <translation>Дважды щёлкните по месту, чтобы изменить его; щёлкните по месту на карте, чтобы найти его здесь.</translation>
    </message>
    <message>
        <source>Photo {id} · {name}</source>
        <translation>Фото {id} · {name}</translation>
    </message>
    <message>
        <source>Discard what you typed in this venue?</source>
        <translation>Отбросить то, что вы ввели для этого места?</translation>
    </message>
    <message>
        <source>Nothing of it has been saved.</source>
        <translation>Ничего из этого не сохранено.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>the new venue being added</source>
        <translation>новое добавляемое место</translation>
    </message>
    <message>
        <source>your changes to venue {slug}</source>
        <translation>ваши изменения в месте {slug}</translation>
    </message>
    <message>
        <source>Saving the venue…</source>
        <translation>Сохранение места…</translation>
    </message>
    <message>
        <source>Bundled dataset: {name}</source>
        <translation>Встроенный набор: {name}</translation>
    </message>
    <message>
        <source>A GeoJSON file…</source>
        <translation>Файл GeoJSON…</translation>
    </message>
    <message>
        <source>Import venues</source>
        <translation>Импорт специализированных мест</translation>
    </message>
    <message>
        <source>Import venues from:</source>
        <translation>Импортировать специализированные места из:</translation>
    </message>
    <message>
        <source>Import venues (GeoJSON)</source>
        <translation>Импорт специализированных мест (GeoJSON)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>A venue in the file whose slug is already in the case: update it from the file? (No: such a venue stops the import.)</source>
        <translation>В файле есть место с кодом, который уже есть в деле: обновить его из файла? (Нет — такое место остановит импорт.)</translation>
    </message>
    <message>
        <source>Importing venues…</source>
        <translation>Импорт специализированных мест…</translation>
    </message>
    <message>
        <source>Export venues</source>
        <translation>Экспорт специализированных мест</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;KML for Google Earth (*.kml)</source>
        <translation>GeoJSON (*.geojson);;KML для Google Earth (*.kml)</translation>
    </message>
    <message>
        <source>Venues exported to {path}.</source>
        <translation>Специализированные места экспортированы в {path}.</translation>
    </message>
    <message>
        <source>Venue saved.</source>
        <translation>Место сохранено.</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Специализированные места</translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) imported.</source>
        <translation>
            <numerusform>Импортировано специализированных мест: %n.</numerusform>
            <numerusform>Импортировано специализированных мест: %n.</numerusform>
            <numerusform>Импортировано специализированных мест: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Intact: every check passed.</source>
        <translation>Целостность подтверждена: все проверки пройдены.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message>
        <source>Bundle {path}</source>
        <translation>Пакет {path}</translation>
    </message>
    <message>
        <source>Signed by the key with fingerprint {fingerprint}.</source>
        <translation>Подписан ключом с отпечатком {fingerprint}.</translation>
    </message>
    <message>
        <source>The signature does not match.</source>
        <translation>Подпись не совпадает.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Не подписан.</translation>
    </message>
    <message>
        <source>Checked against the fingerprint you were given: {fingerprint}.</source>
        <translation>Сверено с переданным вам отпечатком ключа: {fingerprint}.</translation>
    </message>
    <message>
        <source>Checked against the report filed in court: {name}.</source>
        <translation>Сверено с отчётом, поданным в суд: {name}.</translation>
    </message>
    <message>
        <source>Held to nothing outside the bundle yet: a forger can make a changed bundle agree with itself. Check it against the filed report or the fingerprint you were given (below).</source>
        <translation>Пакет пока не сверен ни с чем за его пределами: фальсификатор может сделать изменённый пакет внутренне согласованным. Сверьте его с отчётом, поданным в суд, или с переданным вам отпечатком ключа (ниже).</translation>
    </message>
    <message>
        <source>Timestamp {file}: the manifest existed by {time} (UTC), as {tsa} attests.</source>
        <translation>Метка времени {file}: манифест существовал не позднее {time} (UTC), что удостоверяет {tsa}.</translation>
    </message>
    <message>
        <source>Timestamp {file}: {time} (UTC) by {tsa}, an authority not on the trust list: the time is not proven.</source>
        <translation>Метка времени {file}: {time} (UTC) от {tsa}, службы, которой нет в списке доверенных: время не доказано.</translation>
    </message>
    <message>
        <source>Timestamp {file}: over another manifest; this one was changed after it was timestamped.</source>
        <translation>Метка времени {file}: выдана на другой манифест; этот манифест изменён после получения метки.</translation>
    </message>
    <message>
        <source>Timestamp {file}: damaged or altered; it proves nothing.</source>
        <translation>Метка времени {file}: повреждена или изменена и ничего не доказывает.</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Проверить не удалось</translation>
    </message>
    <message>
        <source>Skver hit a bug while checking.</source>
        <translation>Во время проверки в Skver произошла ошибка.</translation>
    </message>
    <message>
        <source>Verify evidence bundle</source>
        <translation>Проверка пакета доказательств</translation>
    </message>
    <message>
        <source>Verify this case</source>
        <translation>Проверить это дело</translation>
    </message>
    <message>
        <source>Verifying the case…</source>
        <translation>Проверка дела…</translation>
    </message>
    <message numerus="yes">
        <source>Custody log: %n entr(y|ies), hash chain recomputed</source>
        <translation>
            <numerusform>Журнал хранения: %n запись, цепочка хеш-сумм пересчитана</numerusform>
            <numerusform>Журнал хранения: %n записи, цепочка хеш-сумм пересчитана</numerusform>
            <numerusform>Журнал хранения: %n записей, цепочка хеш-сумм пересчитана</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Intact, but read the %n note(s) below before relying on this result.</source>
        <translation>
            <numerusform>Целостность подтверждена, но прежде чем полагаться на этот результат, прочтите %n примечание ниже.</numerusform>
            <numerusform>Целостность подтверждена, но прежде чем полагаться на этот результат, прочтите %n примечания ниже.</numerusform>
            <numerusform>Целостность подтверждена, но прежде чем полагаться на этот результат, прочтите %n примечаний ниже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT INTACT: %n discrepanc(y|ies).</source>
        <translation>
            <numerusform>ЦЕЛОСТНОСТЬ НАРУШЕНА: %n расхождение.</numerusform>
            <numerusform>ЦЕЛОСТНОСТЬ НАРУШЕНА: %n расхождения.</numerusform>
            <numerusform>ЦЕЛОСТНОСТЬ НАРУШЕНА: %n расхождений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{intact} of %n file(s) intact (SHA-256 recomputed)</source>
        <translation>
            <numerusform>Целы {intact} из %n файла (хеш-суммы SHA-256 пересчитаны)</numerusform>
            <numerusform>Целы {intact} из %n файлов (хеш-суммы SHA-256 пересчитаны)</numerusform>
            <numerusform>Целы {intact} из %n файлов (хеш-суммы SHA-256 пересчитаны)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{intact} of %n original(s) intact (SHA-256 recomputed)</source>
        <translation>
            <numerusform>Целы {intact} из %n оригинала (хеш-суммы SHA-256 пересчитаны)</numerusform>
            <numerusform>Целы {intact} из %n оригиналов (хеш-суммы SHA-256 пересчитаны)</numerusform>
            <numerusform>Целы {intact} из %n оригиналов (хеш-суммы SHA-256 пересчитаны)</numerusform>
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
        <translation>Показанный момент, в секундах от начала видео</translation>
    </message>
    <message>
        <source>Use this moment for the observation</source>
        <translation>Указать этот момент в наблюдении</translation>
    </message>
    <message>
        <source>The observation you save of this video names this moment; the report shows this frame beside it.</source>
        <translation>Наблюдение, которое вы сохраните по этому видео, назовёт этот момент; в отчёте рядом с ним будет приведён этот кадр.</translation>
    </message>
    <message>
        <source>Video, {length} long: the frame at a moment you choose</source>
        <translation>Видео длительностью {length}: кадр в выбранный вами момент</translation>
    </message>
    <message>
        <source>The frame at {moment} could not be shown: {why}</source>
        <translation>Кадр в момент {moment} не удалось показать: {why}</translation>
    </message>
</context>
<context>
    <name>ViewToggle</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Every photo with its times, position and findings</source>
        <translation>Каждая фотография со временем, координатами и выявленными признаками</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Сетка</translation>
    </message>
    <message>
        <source>The case&apos;s photos as thumbnails</source>
        <translation>Фотографии дела в виде миниатюр</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Photos inconsistent with the stated ground</source>
        <translation>Фотоматериалы не согласуются с указанным основанием</translation>
    </message>
    <message>
        <source>Photos bear out the stated ground</source>
        <translation>Фотоматериалы подтверждают указанное основание</translation>
    </message>
    <message>
        <source>Photos point both ways</source>
        <translation>Фотоматериалы указывают в разные стороны</translation>
    </message>
    <message>
        <source>Cannot be established from the photos</source>
        <translation>По фотоматериалам установить нельзя</translation>
    </message>
    <message>
        <source>Inconsistent with the ground</source>
        <translation>Не согласуются с основанием</translation>
    </message>
    <message>
        <source>Bearing out the ground</source>
        <translation>Подтверждают основание</translation>
    </message>
    <message>
        <source>Pointing both ways</source>
        <translation>Указывают в разные стороны</translation>
    </message>
    <message>
        <source>Cannot be established</source>
        <translation>Установить нельзя</translation>
    </message>
    <message>
        <source>At least one photo taken at the venue in the claimed window shows what is inconsistent with the stated ground, and none bears it out.</source>
        <translation>Хотя бы одна фотография, сделанная в этом месте в указанный в отказе период, показывает то, что не согласуется с указанным основанием, и ни одна его не подтверждает.</translation>
    </message>
    <message>
        <source>Photos taken at the venue in the claimed window bear the stated ground out, and none is inconsistent with it.</source>
        <translation>Фотографии, сделанные в этом месте в указанный в отказе период, подтверждают указанное основание, и ни одна не показывает того, что с ним не согласуется.</translation>
    </message>
    <message>
        <source>Some photos are inconsistent with the stated ground and some bear it out.</source>
        <translation>Одни фотографии не согласуются с указанным основанием, другие его подтверждают.</translation>
    </message>
    <message>
        <source>No counting photo bears on the stated ground, or it is a ground photos cannot test.</source>
        <translation>Ни одна учтённая фотография не касается указанного основания, или это основание нельзя проверить фотографиями.</translation>
    </message>
    <message>
        <source>repair works</source>
        <translation>ремонтные работы</translation>
    </message>
    <message>
        <source>another event</source>
        <translation>иное мероприятие</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>вместимость места</translation>
    </message>
    <message>
        <source>public order</source>
        <translation>общественный порядок</translation>
    </message>
    <message>
        <source>epidemic</source>
        <translation>эпидемиологическая обстановка</translation>
    </message>
    <message>
        <source>procedural</source>
        <translation>процедурные основания</translation>
    </message>
    <message>
        <source>late filing</source>
        <translation>нарушение срока подачи</translation>
    </message>
    <message>
        <source>not a designated venue</source>
        <translation>место не является специализированным</translation>
    </message>
    <message>
        <source>other</source>
        <translation>иное</translation>
    </message>
    <message>
        <source>venue empty</source>
        <translation>место пусто</translation>
    </message>
    <message>
        <source>no event visible</source>
        <translation>мероприятия не видно</translation>
    </message>
    <message>
        <source>event in progress</source>
        <translation>идёт мероприятие</translation>
    </message>
    <message>
        <source>stage or equipment</source>
        <translation>сцена или оборудование</translation>
    </message>
    <message>
        <source>no repair activity</source>
        <translation>ремонта не видно</translation>
    </message>
    <message>
        <source>repair activity</source>
        <translation>идёт ремонт</translation>
    </message>
    <message>
        <source>barriers or fencing</source>
        <translation>заграждения или ограждение</translation>
    </message>
    <message>
        <source>access open</source>
        <translation>проход открыт</translation>
    </message>
    <message>
        <source>access blocked</source>
        <translation>проход закрыт</translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistent with the ground</source>
        <translation>
            <numerusform>%n — фотоматериалы не согласуются с основанием</numerusform>
            <numerusform>%n — фотоматериалы не согласуются с основанием</numerusform>
            <numerusform>%n — фотоматериалы не согласуются с основанием</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (bears|bear) out the ground</source>
        <translation>
            <numerusform>%n — фотоматериалы подтверждают основание</numerusform>
            <numerusform>%n — фотоматериалы подтверждают основание</numerusform>
            <numerusform>%n — фотоматериалы подтверждают основание</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (points|point) both ways</source>
        <translation>
            <numerusform>%n — фотоматериалы указывают в разные стороны</numerusform>
            <numerusform>%n — фотоматериалы указывают в разные стороны</numerusform>
            <numerusform>%n — фотоматериалы указывают в разные стороны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be established</source>
        <translation>
            <numerusform>%n — по фотоматериалам установить нельзя</numerusform>
            <numerusform>%n — по фотоматериалам установить нельзя</numerusform>
            <numerusform>%n — по фотоматериалам установить нельзя</numerusform>
        </translation>
    </message>
    <message>
        <source>no English name recorded</source>
        <translation>английское название не записано</translation>
    </message>
    <message>
        <source>no Russian name recorded</source>
        <translation>русское название не записано</translation>
    </message>
    <message>
        <source>no Kazakh name recorded</source>
        <translation>казахское название не записано</translation>
    </message>
    <message>
        <source>{verdict} (with limits)</source>
        <translation>{verdict} (с ограничениями)</translation>
    </message>
    <message>
        <source>Limited by: {limits}</source>
        <translation>Ограничения: {limits}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw the observation</source>
        <translation>Отзыв наблюдения</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ничего)</translation>
    </message>
    <message>
        <source>Withdraw your observation {id} of photo {photo}: {what}?</source>
        <translation>Отозвать ваше наблюдение {id} по фотографии {photo}: {what}?</translation>
    </message>
    <message>
        <source>It stays in the case and in the custody log, marked withdrawn, and no longer counts towards any verdict.</source>
        <translation>Оно останется в деле и в журнале хранения с пометкой «отозвано» и больше не будет учитываться ни в одном выводе.</translation>
    </message>
    <message>
        <source>What you changed in the form and did not save is discarded.</source>
        <translation>Несохранённые изменения в форме будут отброшены.</translation>
    </message>
    <message>
        <source>Why (optional; kept with the withdrawal):</source>
        <translation>Причина (необязательно; сохраняется вместе с отзывом):</translation>
    </message>
    <message>
        <source>e.g. another day&apos;s photo</source>
        <translation>напр. фотография другого дня</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Dates the page lists:</source>
        <translation>Даты, которые охватывает страница:</translation>
    </message>
    <message>
        <source>Without them no absence of an event is claimed from the page.</source>
        <translation>Без них отсутствие мероприятия по странице не утверждается.</translation>
    </message>
</context>
</TS>
