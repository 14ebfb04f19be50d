"""The excuse classifier on refusals as Almaty's akimat and others actually phrase them."""

from __future__ import annotations

import pytest

from evidence.classifier import classify, language, normalise
from evidence.model import Category

C = Category

REAL_PHRASINGS = [
    # (excuse text, category, language, a word that must be shown as the reason)
    ("В связи с проведением ремонтных работ на территории сквера", C.REPAIR_WORKS, "ru",
     "ремонтных работ"),
    ("На указанной территории ведутся работы по благоустройству", C.REPAIR_WORKS, "ru",
     "благоустройству"),
    ("Площадь закрыта на реконструкцию", C.REPAIR_WORKS, "ru", "реконструкцию"),
    ("На указанную дату запланировано проведение культурно-массового мероприятия",
     C.OTHER_EVENT, "ru", "культурно-массового"),
    ("В этот день в сквере пройдёт праздничный концерт", C.OTHER_EVENT, "ru", "концерт"),
    ("Сквердe жөндеу жұмыстары жүргізілуде", C.REPAIR_WORKS, "kk", "жөндеу жұмыстары"),
    ("Алаңда абаттандыру жұмыстары жүргізілуде", C.REPAIR_WORKS, "kk", "абаттандыру"),
    ("Көрсетілген күні алаңда мәдени іс-шара өткізіледі", C.OTHER_EVENT, "kk", "мәдени"),
    ("Наурыз мерекесіне арналған концерт өтеді", C.OTHER_EVENT, "kk", "мерекесіне"),
    ("due to renovation works", C.REPAIR_WORKS, "en", "renovation works"),
    ("The square is closed for reconstruction", C.REPAIR_WORKS, "en", "reconstruction"),
    ("a concert is scheduled", C.OTHER_EVENT, "en", "concert"),
    ("The city festival takes place there that day", C.OTHER_EVENT, "en", "festival"),
    ("в связи с карантинными мерами", C.EPIDEMIC, "ru", "карантинными"),
    ("В целях недопущения распространения коронавирусной инфекции COVID-19", C.EPIDEMIC, "ru",
     "covid"),
    ("Індет таралуына байланысты карантин енгізілген", C.EPIDEMIC, "kk", "індет"),
    ("уведомление подано с нарушением срока", C.LATE_FILING, "ru", "нарушением срока"),
    ("Уведомление о проведении мероприятия подано с нарушением сроков, установленных законом",
     C.LATE_FILING, "ru", "нарушением сроков"),
    ("Хабарлама белгіленген мерзімнен кешіктіріліп берілген", C.LATE_FILING, "kk", "мерзімнен"),
    ("The notice was filed after the deadline", C.LATE_FILING, "en", "deadline"),
    ("Заявленное количество участников превышает вместимость площадки", C.CAPACITY, "ru",
     "вместимость"),
    ("Сквер не вмещает заявленное количество участников", C.CAPACITY, "ru", "не вмещает"),
    ("Проведение собрания создаёт угрозу общественной безопасности", C.PUBLIC_ORDER, "ru",
     "общественной безопасности"),
    ("в целях обеспечения общественного порядка", C.PUBLIC_ORDER, "ru", "общественного порядка"),
    ("Указанное место не является специализированным местом для проведения мирных собраний",
     C.NOT_DESIGNATED, "ru", "не является специализированным"),
    ("Данная площадка не определена местом проведения мирных собраний", C.NOT_DESIGNATED, "ru",
     "не определена местом"),
    ("Бұл алаң арнайы орын болып табылмайды", C.NOT_DESIGNATED, "kk", "арнайы орын болып"
     " табылмайды"),
    ("The park is not a designated venue for assemblies", C.NOT_DESIGNATED, "en",
     "not a designated"),
    ("Уведомление не соответствует требованиям закона: не указан организатор", C.PROCEDURAL,
     "ru", "не указан"),
]


@pytest.mark.parametrize(("text", "category", "lang", "shown"), REAL_PHRASINGS,
                         ids=[row[0][:40] for row in REAL_PHRASINGS])
def test_real_phrasings(text, category, lang, shown):
    proposal = classify(text)
    assert (proposal.category, proposal.language) == (category, lang)
    assert any(shown in words for words in proposal.matched), proposal.matched


def test_the_matched_words_come_in_the_text_s_order():
    proposal = classify("Запланировано культурно-массовое мероприятие и концерт")
    assert proposal.matched == ("культурно-массовое", "мероприятие", "концерт")


def test_no_match_is_other_with_nothing_matched():
    for text in ("Отказать.", "", "   ", "Your request is declined."):
        proposal = classify(text)
        assert (proposal.category, proposal.matched) == (C.OTHER, ())


def test_a_tie_is_other_with_nothing_matched():
    proposal = classify("В связи с ремонтом и праздником")  # repair 2, event 2
    assert (proposal.category, proposal.matched) == (C.OTHER, ())


def test_a_generic_word_does_not_outweigh_the_real_reason():
    # «мероприятие» names the refused rally itself here; the reason is the late notice.
    text = "Уведомление о проведении мероприятия подано с нарушением срока"
    assert classify(text).category == C.LATE_FILING
    # «угрозы» supports public order, but the threat here is the virus.
    text = "в связи с угрозой распространения коронавирусной инфекции"
    assert classify(text).category == C.EPIDEMIC


def test_words_are_matched_from_their_start_only():
    assert classify("This will prevent nothing").category == C.OTHER  # not "event"
    assert classify("notification received").category == C.OTHER     # not "not"
    assert classify("небольшой вмещающий").category == C.OTHER        # not «не вмещ»


def test_spelling_variants_match():
    same = classify("В СВЯЗИ С   ПРОВЕДЕНИЕМ\nРЕМОНТНЫХ  работ").category
    assert same == C.REPAIR_WORKS
    assert classify("праздничное мероприятие, посвящённое Дню города").category == C.OTHER_EVENT
    assert classify("культурно – массовое мероприятие").category == C.OTHER_EVENT
    assert classify("мәдени іс шара").category == C.OTHER_EVENT


def test_mixed_script_words_are_mended():
    # A Latin "e" typed (or read by OCR) inside a Cyrillic word, and the reverse.
    assert normalise("Сквердe ремонт") == "скверде ремонт"
    assert normalise("rеpair") == "repair"  # Cyrillic е
    assert classify("Cквер закрыт на peмонт").category == C.REPAIR_WORKS  # Latin C, p, e


def test_the_same_text_always_gets_the_same_proposal():
    text = "мәдени іс-шара өткізіледі, ремонт жоқ"
    first = classify(text)
    for other in ("a concert", "карантин", "угроза"):
        classify(other)
    assert classify(text) == first


def test_language_by_script():
    assert language("Сквер закрыт") == "ru"
    assert language("Алаңда іс-шара өткізіледі") == "kk"
    assert language("The square is closed") == "en"
    assert language("12.08.2022 — 18:00") == ""
    # A Russian letter naming a Kazakh place stays Russian.
    assert language("В сквере «Ақ желкен» будет проводиться праздничный концерт по случаю "
                    "Дня города") == "ru"


def test_a_bilingual_letter_is_classified_from_both_halves():
    text = ("Сквер закрыт на ремонт. / Скверде жөндеу жұмыстары жүргізілуде.")
    proposal = classify(text)
    assert proposal.category == C.REPAIR_WORKS
    assert {"ремонт", "жөндеу жұмыстары"} <= set(proposal.matched)
