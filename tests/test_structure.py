"""Body structure: roles of lines in the top zone, the middle and the closer, quoted messages, notes."""

from encoder.dates import find_dates
from encoder.structure import document_kind, segment

from conftest import SEED
from encoder.source import read_source

STRUCTURAL = {"div", "floatingText", "opener", "closer", "head", "p", "salute", "dateline", "byline",
              "signed", "note", "idno", "list", "item", "ab"}


def roles(text, **options):
    spans = segment(text, find_dates(text, document_date=options.pop("document_date", None)), **options)
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    return [(s.kind, dict(s.attrs), text[s.start:s.end]) for s in ordered if s.kind in STRUCTURAL]


def test_seed_structure():
    source, _ = read_source(SEED)
    got = [(kind, attrs.get("type"), text.split("\n")[0]) for kind, attrs, text in
           roles(source.text, title=source.metadata.title, document_date="1951-06-13")]
    assert got == [
        ("div", "telegram", "SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY"),
        ("head", "issuer", "SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY"),
        ("head", None, "CIPHERED TELEGRAM No. 20772"),
        ("idno", "telegram", "20772"),
        ("opener", None, "Copies: Stalin (2)"),
        ("note", "distribution", "Copies: Stalin (2)"),
        ("dateline", None, "From BEIJING"),
        ("dateline", None, "Received 19:55 13.June.1951"),
        ("note", "classification", 'Series "G" T'),
        ("salute", None, "To Comrade FILIPPOV [Stalin]"),
        ("p", None, "To my [telegram] No. 2967 (vkh. No. 20757)."),
        ("p", None, "13.6.51 at 22:00 Beijing time I received the following telegram addressed to you from MAO ZEDONG."),
        ("floatingText", None, '"To Comrade FILIPPOV.'),
        ("opener", None, '"To Comrade FILIPPOV.'),
        ("salute", None, '"To Comrade FILIPPOV.'),
        ("p", None, "I received your telegram of 13 June."),
        ("p", None, "Today I received a telegram from Comrades GAO GANG and KIM IL SUNG. I communicated our opinion on the question of an armistice to Comrade GAO GANG in order for him to relay it to you and receive instructions from you. I won't write about it in detail here."),
        ("p", None, "Comrade PENG DEHUI very much needs Soviet advisers on strategy and tactics. It would be desirable if you could send them as soon as possible."),
        ("p", None, "With regard to the participation of eight fighter divisions in battles, in accordance with your advice, I gave an order to the General Staff to draw up a plan. In addition, I gave an order to Comrade PENG DEHUI that our troops firmly hold the line of defense at the second and third defensive lines and create a new defensive line."),
        ("p", None, "The position at the front in June will be such that our forces will be comparatively weaker than those of the enemy. In July we will be stronger than in June and in August we will be even stronger. We will be ready in August to make a stronger blow to the enemy."),
        ("closer", None, "MAO ZEDONG"),
        ("signed", None, "MAO ZEDONG"),
        ("dateline", None, '13.6.51"'),
        ("closer", None, "ROSHCHIN"),
        ("signed", None, "ROSHCHIN"),
        ("idno", "outgoing", "No. 2974"),
        ("dateline", None, "13.6.51"),
    ]


def test_memo_header_lines():
    text = ("MEMORANDUM\n\nTo: The Secretary\nFrom: S/P - Paul Nitze\nSubject: Cuba\nDate: October 23, 1962\n\n"
            "Classification: Secret\n\nThe text of the memo.\n\nPaul H. Nitze\n")
    got = [(k, a.get("type"), t) for k, a, t in roles(text)]
    assert ("head", None, "MEMORANDUM") in got
    assert ("salute", None, "To: The Secretary") in got
    assert ("byline", None, "From: S/P - Paul Nitze") in got
    assert ("head", "subject", "Subject: Cuba") in got
    assert ("dateline", None, "Date: October 23, 1962") in got
    assert ("note", "classification", "Classification: Secret") in got
    assert ("p", None, "The text of the memo.") in got
    assert ("signed", None, "Paul H. Nitze") in got


def test_letter_closing_formula_and_bracketed_signature():
    text = ("Dear Comrade Bolz,\n\nI thank you for your letter.\n\nWith communist greetings,\n\n(A. Gromyko)\n\n9.11.62\n")
    got = [(k, t) for k, a, t in roles(text, document_date="1962-11-09")]
    assert got[1:] == [
        ("opener", "Dear Comrade Bolz,"), ("salute", "Dear Comrade Bolz,"),
        ("p", "I thank you for your letter."),
        ("closer", "With communist greetings,\n\n(A. Gromyko)\n\n9.11.62"),
        ("salute", "With communist greetings,"), ("signed", "(A. Gromyko)"), ("dateline", "9.11.62"),
    ]


def test_letter_spaced_signature_and_date_with_name():
    got = [(k, t) for k, a, t in roles("To Comrade STALIN\n\nText of the report.\n\nS H T Y K O V\n", document_date="1950-01-19")]
    assert ("signed", "S H T Y K O V") in got
    got = [(k, t) for k, a, t in roles("Text of the report.\n\n21.XI.51 GROMYKO\n", document_date="1951-11-21")]
    assert ("signed", "21.XI.51 GROMYKO") in got


def test_lists_group_consecutive_items():
    text = "The tasks are:\n\na) first task;\n\nb) second task.\n\nEnd of the report here.\n"
    got = [(k, t) for k, a, t in roles(text)]
    assert ("list", "a) first task;\n\nb) second task.") in got
    assert ("item", "a) first task;") in got and ("item", "b) second task.") in got


def test_footnotes_after_the_text_are_notes():
    text = "A report that cites a book.(1) It goes on.[2]\n\nMore text here.\n\nIVANOV\n\nTranslator's Notes\n\n(1) The book.\n\n(2) Another.\n"
    got = [(k, a.get("type"), t) for k, a, t in roles(text)]
    assert ("note", "footnotes", "Translator's Notes") in got
    assert ("note", "footnote", "(1) The book.") in got
    assert ("p", None, "(1) The book.") in got
    assert ("signed", None, "IVANOV") in got


def test_a_short_quotation_stays_a_paragraph():
    text = 'He said:\n\n"We will wait."\n\nThe end of the report came here.\n'
    assert not [k for k, a, t in roles(text) if k == "floatingText"]


def test_unclosed_quotation_does_not_make_a_message():
    text = '"To Comrade FILIPPOV.\n\nI received your telegram.\n\nMore text follows here.\n\nMAO ZEDONG\n'
    assert not [k for k, a, t in roles(text) if k == "floatingText"]


def test_bare_text_first_line_is_the_head_and_dateline_follows():
    text = "Memorandum From the Acting Special Assistant (Howe) to the Under Secretary (Hoover)\n\nWashington, May 5, 1955.\n\nSUBJECT\nIntelligence Note: The Military\n\nBody text.\n\nFisher Howe\n"
    got = [(k, a.get("type"), t) for k, a, t in roles(text, bare=True)]
    assert got[0][:2] == ("div", "memorandum")
    assert ("head", None, "Memorandum From the Acting Special Assistant (Howe) to the Under Secretary (Hoover)") in got
    assert ("dateline", None, "Washington, May 5, 1955.") in got
    assert ("head", "subject", "SUBJECT\nIntelligence Note: The Military") in got
    assert ("signed", None, "Fisher Howe") in got


def test_document_kind_from_title_earliest_keyword():
    assert document_kind("Ciphered Telegram No. 20772, Roshchin to Filippov, containing a Message from Mao", []) == "telegram"
    assert document_kind("Letter from Gromyko to Bolz", []) == "letter"
    assert document_kind("Record of Conversation between Kim Il Sung and Ambassador Shtykov", []) == "conversation"
    assert document_kind("Minutes of the Politburo meeting", []) == "minutes"
    assert document_kind("Report on the situation in the DRV", []) == "report"
    assert document_kind("Something else", ["CIPHERED TELEGRAM No. 5"]) == "telegram"
    assert document_kind(None, []) == "document"


def test_original_and_translation_in_two_scripts_become_two_divisions():
    text = ("Совершенно секретно\n\nШИФРТЕЛЕГРАММА № 709\n\nТОВАРИЩУ ФИЛИППОВУ.\n\nПрошу срочного ответа.\n\nРОЩИН\n\n"
            "Strictly secret\n\nCIPHERED TELEGRAM No. 709\n\nTo Comrade FILIPPOV.\n\nI request an urgent reply.\n\nROSHCHIN\n")
    spans = segment(text, find_dates(text), original_lang="ru", text_lang="en")
    divs = sorted((s for s in spans if s.kind == "div"), key=lambda s: s.start)
    assert [(dict(d.attrs), text[d.start:d.end].split("\n")[0]) for d in divs] == [
        ({"type": "telegram", "subtype": "original", "lang": "ru"}, "Совершенно секретно"),
        ({"type": "telegram", "subtype": "translation", "lang": "en"}, "Strictly secret"),
    ]
    got = [(k, a.get("type"), t) for k, a, t in roles(text)]
    assert ("note", "classification", "Совершенно секретно") in got
    assert ("head", None, "ШИФРТЕЛЕГРАММА № 709") in got
    assert ("salute", None, "ТОВАРИЩУ ФИЛИППОВУ.") in got
    assert ("signed", None, "РОЩИН") in got and ("signed", None, "ROSHCHIN") in got


def test_a_few_foreign_words_do_not_split_the_text():
    text = "To Comrade STALIN\n\nThe slogan «Вся власть Советам» was used.\n\nMore text follows here.\n\nIVANOV\n"
    assert len([s for s in segment(text, find_dates(text)) if s.kind == "div"]) == 1


def test_an_enclosure_is_its_own_division():
    text = ("The Secretary of State to the Embassy in India\n\nWashington, June 4, 1951.\n\nText of the covering letter.\n\n"
            "Acheson\n\n[Enclosure]\n\nThe Chargé in India (Steere) to the Secretary of State\n\nNew Delhi, June 1, 1951.\n\n"
            "Text of the enclosed telegram.\n\nSteere\n")
    spans = segment(text, find_dates(text), bare=True)
    divs = sorted((s for s in spans if s.kind == "div"), key=lambda s: s.start)
    assert [(d.attr("type"), text[d.start:d.end].split("\n")[0]) for d in divs] == [
        ("document", "The Secretary of State to the Embassy in India"), ("attachment", "[Enclosure]")]
    heads = [text[s.start:s.end] for s in spans if s.kind == "head"]
    assert heads == ["The Secretary of State to the Embassy in India", "The Chargé in India (Steere) to the Secretary of State"]
    assert [text[s.start:s.end] for s in spans if s.kind == "signed"] == ["Acheson", "Steere"]


def test_footnotes_under_a_rule():
    text = "To Comrade STALIN\n\nThe report text.x/\n\nIVANOV\n\n_______________\n\nx/ The answer was sent later.\n"
    got = [(k, a.get("type"), t) for k, a, t in roles(text)]
    assert ("note", "separator", "_______________") in got
    assert ("note", "footnote", "x/ The answer was sent later.") in got
    assert ("signed", None, "IVANOV") in got


def test_participants_block_is_one_note_under_its_heading():
    text = "Memorandum of a Conversation\n\nWashington, May 5, 1955.\n\nPARTICIPANTS\nThe President\nThe Secretary of State\nMr. MacArthur\n\nThe talk began.\n"
    got = [(k, a.get("type"), t) for k, a, t in roles(text, bare=True)]
    assert ("head", "participants", "PARTICIPANTS") in got
    assert ("note", "participants", "The President\nThe Secretary of State\nMr. MacArthur") in got


def test_copy_list_items_belong_to_the_closer_only_under_a_distribution_line():
    text = "The text.\n\nProduced in 3 copies for:\n\n- Comrade W. Gomułka\n\n- Secretariat (file)\n\nMinutes taken by: A. Starewicz\n"
    got = [(k, a.get("type"), t) for k, a, t in roles(text)]
    assert ("note", "distribution", "- Comrade W. Gomułka") in got
    assert ("signed", None, "Minutes taken by: A. Starewicz") in got
    text = "The tasks are these, in order.\n\n- first task\n\n- second task\n\nIVANOV\n"
    got = [(k, a.get("type"), t) for k, a, t in roles(text)]
    assert ("note", "distribution", "- second task") not in got
    assert ("closer", None, "IVANOV") in got


def test_motto_letterhead_address_and_signatory_title():
    text = ("Proletarians of all countries, unite!\n\nCOMMUNIST PARTY OF THE SOVIET UNION. CENTRAL COMMITTEE\n\nTOP SECRET\n\n"
            "Comrade Peng Dehuai, and to be forwarded to Comrade Kim Il Sung:\n\nThe decision text.\n\n"
            "SECRETARY OF THE CC\n\n[signature] K. Chernenko\n\nItem 5 — to be returned within 7 days\n")
    got = [(k, a.get("type"), t) for k, a, t in roles(text)]
    assert ("note", "motto", "Proletarians of all countries, unite!") in got
    assert ("head", "issuer", "COMMUNIST PARTY OF THE SOVIET UNION. CENTRAL COMMITTEE") in got
    assert ("salute", None, "Comrade Peng Dehuai, and to be forwarded to Comrade Kim Il Sung:") in got
    assert ("signed", None, "SECRETARY OF THE CC") in got
    assert ("signed", None, "[signature] K. Chernenko") in got
    assert ("note", "instruction", "Item 5 — to be returned within 7 days") in got


def test_letterhead_place_and_an_office_signing():
    text = ("Embassy of the Hungarian People's Republic\n\nPyongyang\n\nStrictly secret!\n\nThe report.\n\n"
            "Chinese Embassy in Vietnam\n\n6 August 1964\n")
    got = [(k, a.get("type"), t) for k, a, t in roles(text, document_date="1964-08-06")]
    assert ("head", "issuer", "Embassy of the Hungarian People's Republic") in got
    assert ("dateline", None, "Pyongyang") in got
    assert ("signed", None, "Chinese Embassy in Vietnam") in got


def test_a_closing_number_line_with_a_date_is_a_number_and_a_dateline():
    # an idno holds no elements: the date on the line goes into its own dateline
    text = "The report.\n\nNº 395 - 9 August 1960\n"
    got = [(k, a.get("type"), t) for k, a, t in roles(text, document_date="1960-08-09")]
    assert ("idno", "outgoing", "Nº 395") in got
    assert ("dateline", None, "9 August 1960") in got
    assert ("idno", "outgoing", "Nº 395 - 9 August 1960") not in got


def test_an_idno_holds_no_markup():
    from encoder.model import span
    from encoder.tei import nest

    roots, dropped = nest([span(0, 20, "idno", type="outgoing"), span(7, 20, "date", when="1960-08-09")], 20)
    assert [(r.span.kind, r.children) for r in roots] == [("idno", [])]
    assert [s.kind for s in dropped] == ["date"]


def test_a_telegram_header_word_is_no_dateline_place():
    """'RECEIVED' under the ministry's heading is a transmission word, not a place."""
    from encoder.structure import dateline_places

    text = "SECRETARY OF STATE FOR EXTERNAL RELATIONS\nTELEGRAM\nRECEIVED\n12.880\nFROM THE EMBASSY IN MEXICO\n\nText.\n"
    spans = segment(text, find_dates(text))
    assert [text[s.start:s.end] for s in dateline_places(text, spans)] == []


def test_a_dateline_the_page_wrapped_is_one_dateline():
    text = "secret\nMoscow, February\n1, 1947—10 a. m.\n\n261. So far as Embassy can determine.\n"
    got = [r for r in roles(text) if r[0] == "dateline"]
    assert got == [("dateline", {}, "Moscow, February\n1, 1947—10 a. m.")]
