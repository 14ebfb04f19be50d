"""The English words of the procedure findings (evidence/procedure.py) and of Art. 14(1)'s items.

evidence.phrases.EN takes them; the report's Russian and Kazakh tables give each key.
The items' wording is a summary, not the statute's text: items 1) to 5) after an unofficial
English translation (zakonpravo.kz, Art. 14), item 10) after the Constitutional Court's
resolution No. 61-NP; the wording of the other items is not in this table.
"""

from __future__ import annotations

EN: dict[str, str] = {
    "procedure.notice.notification": "The notification",
    "procedure.notice.application": "The application for approval",
    "procedure.form.picket": "picket",
    "procedure.form.meeting": "meeting",
    "procedure.form.rally": "rally",
    "procedure.form.demonstration": "demonstration",
    "procedure.form.march": "march",
    "procedure.answered.receipt": "the day it was received",
    "procedure.answered.letter": "the letter's date: no day of receipt is recorded",
    "procedure.late_answer": "{notice} (form of assembly: {form}) was registered on {date}; the "
                             "answer is of {day} ({source}), {counted} working "
                             "{counted:plural:day|days} later. {limit} working days counted "
                             "from the registration ended on {valid_to}. {calendar}.",
    "procedure.late_notification": "{notice} (form of assembly: {form}) was registered on "
                                   "{date}, {counted} working {counted:plural:day|days} before "
                                   "the day of the assembly, {day}; the organiser is to file at "
                                   "least {limit} working days ahead. This is a fact about the "
                                   "organiser's own filing: a late filing is itself a ground "
                                   "for refusal (Art. 14(1)(4)). {calendar}.",
    "procedure.ground_not_in_list": "The refusal, as recorded, cites no item of Art. 14(1) of "
                                    "the Law as its ground.",
    "procedure.no_alternative_offered": "The refusal of {day} rests on another event or works "
                                        "at that place and time (Art. 14(1)(10)), and the "
                                        "record shows no proposal of another place and/or time.",
    "procedure.calendar": "Working days are counted on Kazakhstan's calendar: weekends, public "
                          "holidays and moved days off are passed over",
    "procedure.days_off": "weekdays not counted: {items}",
    "procedure.working_weekend": "weekend days counted as working days by government decree: "
                                 "{items}",
    "procedure.calendar_unconfirmed": "for this year the weekend days declared working days by "
                                      "decree could not be confirmed",
    "procedure.calendar_used": "{notes}",
    "procedure.day": "{day}",
    "procedure.rule.answer.notification": "Art. 11(1) of the Law of 25 May 2020 No. 333-VI: the "
                                          "akimat answers a notification of a picket, meeting "
                                          "or rally within 3 working days of its registration.",
    "procedure.rule.answer.application": "Art. 13(1) of the Law of 25 May 2020 No. 333-VI: the "
                                         "akimat answers an application for approval of a "
                                         "demonstration or march within 7 working days of its "
                                         "registration.",
    "procedure.rule.lead.notification": "Art. 10 of the Law of 25 May 2020 No. 333-VI: the "
                                        "organiser notifies a picket, meeting or rally at least "
                                        "5 working days before it.",
    "procedure.rule.lead.application": "Art. 12 of the Law of 25 May 2020 No. 333-VI: the "
                                       "organiser applies for approval of a demonstration or "
                                       "march at least 10 working days before it.",
    "procedure.rule.grounds": "Art. 14(1) of the Law of 25 May 2020 No. 333-VI lists the "
                              "grounds for refusal; the list is closed.",
    "procedure.rule.alternative": "Constitutional Court normative resolution No. 61-NP of 20 "
                                  "January 2025, on Art. 14(1)(10) of the Law of 25 May 2020 "
                                  "No. 333-VI: before refusing on that ground the akimat first "
                                  "proposes another place and/or time.",
    "ground.none": "none cited",
    "ground.item": "Art. 14(1)({item})",
    "ground.item_worded": "Art. 14(1)({item}): {wording}",
    "ground.1": "the assembly's aims are against the constitutional order, the state's "
                "integrity or security, incite discord, or otherwise break the Constitution or "
                "the law",
    "ground.2": "the organiser is a person Art. 5(6) bars from organising",
    "ground.3": "a threat to state security, public order, health, or others' rights and freedoms",
    "ground.4": "the organiser missed the deadline for the notification or application (Arts. "
                "10 and 12)",
    "ground.5": "the information Arts. 10(3) and 12(2) require was incomplete",
    "ground.10": "another event is planned, or construction works are carried out, at that "
                 "place and time",
    "procedure.no_alternative_offered_excuse": "The refusal of {day} gives another event or "
                                               "works at that place and time as its reason, the "
                                               "ground of Art. 14(1)(10), without citing that "
                                               "item, and the record shows no proposal of "
                                               "another place and/or time.",
}
