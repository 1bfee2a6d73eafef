"""encoder.citations: archival references read from Wilson Center style citations."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from encoder.citations import ARCHIVES, archive_id, parse_citation
from encoder.model import ArchivalSource, Locus

SEED = (
    '"Ciphered Telegram No. 20772, Roshchin to Comrade Filippov [Stalin], containing a Message from '
    'Mao Zedong", June 13, 1951, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 339, ll. 55-56; '
    "and AVPRF, f. 059a, op. 5a, p. 11, ll. 34; and RGASPI, f. 558, op. 11, d. 339, ll. 0055-0056."
)

W = '"Title of the Document", May 5, 1960, Wilson Center Digital Archive, '


def test_seed_citation_gives_three_sources_as_in_the_reference_encoding():
    assert parse_citation(SEED) == (
        ArchivalSource(
            "APRF",
            (("fond", "45"), ("opis", "1"), ("delo", "339")),
            Locus("ll. 55-56", "55", "56"),
            "APRF, f. 45, op. 1, d. 339, ll. 55-56",
        ),
        ArchivalSource(
            "AVPRF",
            (("fond", "059a"), ("opis", "5a"), ("papka", "11")),
            Locus("ll. 34", "34", "34"),
            "AVPRF, f. 059a, op. 5a, p. 11, ll. 34",
        ),
        ArchivalSource(
            "RGASPI",
            (("fond", "558"), ("opis", "11"), ("delo", "339")),
            Locus("ll. 0055-0056", "0055", "0056"),
            "RGASPI, f. 558, op. 11, d. 339, ll. 0055-0056",
        ),
    )


# (citation tail after the WCDA marker, repository, identifiers, locus, raw)
CASES = [
    pytest.param(
        "AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, List 80. Translated by Gary Goldberg.",
        "AVPRF", (("fond", "059a"), ("opis", "5a"), ("delo", "5"), ("papka", "11")),
        Locus("List 80", "80", "80"), "AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, List 80",
        id="russian-long-spellings",
    ),
    pytest.param(
        "APRF, F. 45, Op. 1, D. 346, Listy 41-45.",
        "APRF", (("fond", "45"), ("opis", "1"), ("delo", "346")),
        Locus("Listy 41-45", "41", "45"), "APRF, F. 45, Op. 1, D. 346, Listy 41-45",
        id="russian-capitalized",
    ),
    pytest.param(
        "AVPRF, f. 0100, op. 43, d. 8, pap. 302, ll. 55-56ob.",
        "AVPRF", (("fond", "0100"), ("opis", "43"), ("delo", "8"), ("papka", "302")),
        Locus("ll. 55-56ob", "55", "56ob"), "AVPRF, f. 0100, op. 43, d. 8, pap. 302, ll. 55-56ob",
        id="russian-pap-and-verso",
    ),
    pytest.param(
        "Archive of the President of the Russian Federation (APRF), fond 3, opis 65, delo 776, listy 1-10.",
        "APRF", (("fond", "3"), ("opis", "65"), ("delo", "776")), Locus("listy 1-10", "1", "10"),
        "Archive of the President of the Russian Federation (APRF), fond 3, opis 65, delo 776, listy 1-10",
        id="full-name-with-abbreviation",
    ),
    pytest.param(
        "AVPRF, Moscow, f. 07, op. 23a, d. 5, ll. 55, 57.",
        "AVPRF", (("fond", "07"), ("opis", "23a"), ("delo", "5")), Locus("ll. 55, 57"),
        "AVPRF, Moscow, f. 07, op. 23a, d. 5, ll. 55, 57",
        id="place-skipped-discontinuous-folios",
    ),
    pytest.param(
        "SAPMO-BArch, DY 30/3386. Translated for CWIHP by Bernd Schaefer.",
        "SAPMO-BArch", (("signature", "DY 30/3386"),), None, "SAPMO-BArch, DY 30/3386",
        id="east-german-shelfmark",
    ),
    pytest.param(
        "BStU, MfS, AP 1234/56, Bl. 1-5.",
        "BStU", (("signature", "MfS, AP 1234/56"),), Locus("Bl. 1-5", "1", "5"),
        "BStU, MfS, AP 1234/56, Bl. 1-5",
        id="stasi-blatt",
    ),
    pytest.param(
        "PRC FMA 109-01057-01, 1-5. Translated by Zhang Qian.",
        "PRC FMA", (("file", "109-01057-01"),), Locus("1-5", "1", "5"), "PRC FMA 109-01057-01, 1-5",
        id="chinese-file-no-comma",
    ),
    pytest.param(
        "Chinese Foreign Ministry Archive, 106-00021-01, 1-5. Translated by Charles Kraus.",
        "PRC FMA", (("file", "106-00021-01"),), Locus("1-5", "1", "5"),
        "Chinese Foreign Ministry Archive, 106-00021-01, 1-5",
        id="chinese-by-name",
    ),
    pytest.param(
        "MNL OL, XIX-J-1-j Korea, 11. doboz, 24/b, 005196/1951. Translated by Jozsef Litkei.",
        "MNL OL", (("signature", "XIX-J-1-j Korea, 11. doboz, 24/b, 005196/1951"),), None,
        "MNL OL, XIX-J-1-j Korea, 11. doboz, 24/b, 005196/1951",
        id="hungarian-kept-whole",
    ),
    pytest.param(
        "MOL, XIX-J-1-k Korea, 4. doboz.",
        "MNL OL", (("signature", "XIX-J-1-k Korea, 4. doboz"),), None, "MOL, XIX-J-1-k Korea, 4. doboz",
        id="hungarian-old-name",
    ),
    pytest.param(
        "AAN, KC PZPR, XI A/10, k. 32-35.",
        "AAN", (("signature", "KC PZPR, XI A/10"),), Locus("k. 32-35", "32", "35"),
        "AAN, KC PZPR, XI A/10, k. 32-35",
        id="polish-karta",
    ),
    pytest.param(
        "ANIC, Fond CC al PCR - Sectia Relatii Externe, dosar 12/1960, f. 1-10.",
        "ANIC", (("fond", "CC al PCR - Sectia Relatii Externe"), ("file", "12/1960")),
        Locus("f. 1-10", "1", "10"), "ANIC, Fond CC al PCR - Sectia Relatii Externe, dosar 12/1960, f. 1-10",
        id="romanian-f-is-folio",
    ),
    pytest.param(
        "NA, KSC-UV-AN II, k. 123.",
        "NA", (("signature", "KSC-UV-AN II"), ("box", "123")), None, "NA, KSC-UV-AN II, k. 123",
        id="czech-k-is-karton",
    ),
    pytest.param(
        "AMZV, TO-T 1955-1959, Korea, k. 3, obal 4.",
        "AMZV", (("signature", "TO-T 1955-1959, Korea"), ("box", "3"), ("folder", "4")), None,
        "AMZV, TO-T 1955-1959, Korea, k. 3, obal 4",
        id="czech-foreign-ministry",
    ),
    pytest.param(
        "TsDA, F. 1B, Op. 6, a.e. 1502, l. 12-15.",
        "TsDA", (("fond", "1B"), ("opis", "6"), ("file", "1502")), Locus("l. 12-15", "12", "15"),
        "TsDA, F. 1B, Op. 6, a.e. 1502, l. 12-15",
        id="bulgarian",
    ),
    pytest.param(
        'NARA, RG 59, Central Decimal File 1960-63, Box 4268, Folder "Cuba, General, 1/63".',
        "NARA", (("record-group", "59"), ("series", "Central Decimal File 1960-63"), ("box", "4268"),
                 ("folder", '"Cuba, General, 1/63"')),
        None, 'NARA, RG 59, Central Decimal File 1960-63, Box 4268, Folder "Cuba, General, 1/63"',
        id="us-national-archives",
    ),
    pytest.param(
        "TNA, FO 371/135989. Obtained by James Hershberg.",
        "TNA", (("signature", "FO 371/135989"),), None, "TNA, FO 371/135989",
        id="uk-national-archives",
    ),
    pytest.param(
        "Nehru Memorial Museum and Library, P.N. Haksar Papers, Subject File 111.",
        "NMML", (("collection", "P.N. Haksar Papers"), ("file", "111")), None,
        "Nehru Memorial Museum and Library, P.N. Haksar Papers, Subject File 111",
        id="indian-papers",
    ),
    pytest.param(
        "Diplomatic Archives of the Ministry of Foreign Affairs of Japan, file A'-0356.",
        "MOFA Japan", (("file", "A'-0356"),), None,
        "Diplomatic Archives of the Ministry of Foreign Affairs of Japan, file A'-0356",
        id="japanese",
    ),
    pytest.param(
        "Archives of the Cuban Ministry of Foreign Affairs. Obtained and translated by James Hershberg.",
        "AMINREX", (), None, "Archives of the Cuban Ministry of Foreign Affairs",
        id="cuban-no-identifiers",
    ),
    pytest.param(
        "Mongolian National Archive, f. 4, d. 12.",
        "Mongolian National Archive", (("fond", "4"), ("delo", "12")), None,
        "Mongolian National Archive, f. 4, d. 12",
        id="unknown-archive-by-name",
    ),
    pytest.param(
        "HDA SBU, f. 1, op. 1, spr. 1, ark. 5-9.",
        "HDA SBU", (("fond", "1"), ("opis", "1"), ("delo", "1")), Locus("ark. 5-9", "5", "9"),
        "HDA SBU, f. 1, op. 1, spr. 1, ark. 5-9",
        id="unknown-abbreviation",
    ),
    pytest.param(
        "APRF, f. 3, op. 65, d. 5, ll. 1-3. Box 4. Translated by X.",
        "APRF", (("fond", "3"), ("opis", "65"), ("delo", "5"), ("box", "4")), Locus("ll. 1-3", "1", "3"),
        "APRF, f. 3, op. 65, d. 5, ll. 1-3. Box 4",
        id="identifier-after-a-full-stop",
    ),
]


@pytest.mark.parametrize("tail, repository, identifiers, locus, raw", CASES)
def test_one_archive(tail, repository, identifiers, locus, raw):
    assert parse_citation(W + tail) == (ArchivalSource(repository, identifiers, locus, raw),)


def test_archives_joined_by_bare_and():
    got = parse_citation(W + "RGANI, f. 5, op. 30, d. 335, ll. 92-97 and RGASPI, f. 82, op. 2, d. 1265, l. 3.")
    assert [(s.repository, s.identifiers, s.locus, s.raw) for s in got] == [
        ("RGANI", (("fond", "5"), ("opis", "30"), ("delo", "335")), Locus("ll. 92-97", "92", "97"),
         "RGANI, f. 5, op. 30, d. 335, ll. 92-97"),
        ("RGASPI", (("fond", "82"), ("opis", "2"), ("delo", "1265")), Locus("l. 3", "3", "3"),
         "RGASPI, f. 82, op. 2, d. 1265, l. 3"),
    ]


def test_archives_joined_by_comma_and():
    got = parse_citation(W + "AMVnR, op. 7, a.e. 1290, ll. 31-35, and TsDA, f. 1B, op. 64, a.e. 290.")
    assert [(s.repository, s.identifiers, s.raw) for s in got] == [
        ("AMVnR", (("opis", "7"), ("file", "1290")), "AMVnR, op. 7, a.e. 1290, ll. 31-35"),
        ("TsDA", (("fond", "1B"), ("opis", "64"), ("file", "290")), "TsDA, f. 1B, op. 64, a.e. 290"),
    ]


def test_archives_joined_by_semicolon_with_romanian_conventions():
    got = parse_citation(W + "ANIC, fond CC al PCR - Cancelarie, dosar 58/1962, f. 1-7; AMAE, Problema 220/1962, ff. 3-5.")
    assert [(s.repository, s.identifiers, s.locus) for s in got] == [
        ("ANIC", (("fond", "CC al PCR - Cancelarie"), ("file", "58/1962")), Locus("f. 1-7", "1", "7")),
        ("AMAE", (("signature", "Problema 220/1962"),), Locus("ff. 3-5", "3", "5")),
    ]


def test_and_inside_an_archive_name_does_not_split():
    (source,) = parse_citation(W + "Nehru Memorial Museum and Library, Subject File 111.")
    assert source.repository == "NMML"


def test_old_cwihp_source_note():
    got = parse_citation("[Source: APRF, f. 45, op. 1, d. 331, ll. 59-61; translation by Kathryn Weathersby.]")
    assert got == (ArchivalSource("APRF", (("fond", "45"), ("opis", "1"), ("delo", "331")),
                                  Locus("ll. 59-61", "59", "61"), "APRF, f. 45, op. 1, d. 331, ll. 59-61"),)


def test_no_marker_after_quoted_title():
    got = parse_citation('"Telegram, Stalin to Mao", June 13, 1951, APRF, f. 45, op. 1, d. 339, l. 5.')
    assert [(s.repository, s.raw) for s in got] == [("APRF", "APRF, f. 45, op. 1, d. 339, l. 5")]


def test_older_marker_history_and_public_policy_program():
    got = parse_citation('"T", 1963, History and Public Policy Program Digital Archive, GARF, f. R-9401, op. 2, d. 199.')
    assert [(s.repository, s.identifiers) for s in got] == [
        ("GARF", (("fond", "R-9401"), ("opis", "2"), ("delo", "199")))]


@pytest.mark.parametrize("tail", [
    "Translated by Kathryn Weathersby in Cold War International History Project Bulletin 6/7 (Winter 1995/1996), 48.",
    "Published in Zhou Enlai nianpu, vol. 2, p. 45.",
    "Zhou Enlai nianpu, vol. 2, p. 45.",
    "Obtained and translated for CWIHP by Mircea Munteanu.",
    "Source: Jianguo yilai Mao Zedong wengao, vol. 2 (Beijing: Zhongyang wenxian chubanshe, 1988), 355.",
    "Contributed by Yutaka Kanda and translated by Stephen Mercado.",
])
def test_book_only_citations_give_no_source(tail):
    assert parse_citation(W + tail) == ()


def test_book_part_next_to_an_archive_is_not_a_source():
    got = parse_citation(W + "Translated by Gary Goldberg in CWIHP Bulletin 14/15 (2004), 12; and APRF, f. 3, op. 1, d. 2.")
    assert [s.repository for s in got] == ["APRF"]


@pytest.mark.parametrize("citation", [
    "", "   ", "Wilson Center Digital Archive.", "lorem ipsum dolor", ";;;,,, and and . .",
    '"; and APRF"', "\x00\ufeff“„«»", "ll. 5-6", "f. 45, op. 1",
])
def test_empty_and_garbage_give_nothing(citation):
    assert parse_citation(citation) == ()


def test_unclosed_quote_does_not_swallow_the_archive():
    got = parse_citation('"Ciphered Telegram No. 20772, Roshchin to Filippov, June 13, 1951, APRF, f. 45, op. 1')
    assert got == (ArchivalSource("APRF", (("fond", "45"), ("opis", "1")), None, "APRF, f. 45, op. 1"),)


def test_archive_name_with_nothing_after_it():
    got = parse_citation(W + "APRF,")
    assert got == (ArchivalSource("APRF", (), None, "APRF"),)


def test_archive_id_examples_and_aliases():
    assert archive_id("APRF") == "org-aprf"
    assert archive_id("SAPMO-BArch") == "org-sapmo-barch"
    assert archive_id("MOL") == archive_id("Hungarian National Archives") == archive_id("MNL OL") == "org-mnl-ol"
    assert archive_id("ÁBTL") == archive_id("ABTL") == "org-abtl"
    assert archive_id("Chinese Foreign Ministry Archive") == archive_id("PRC FMA") == "org-prc-fma"
    assert archive_id("Archive of the President of the Russian Federation (APRF)") == "org-aprf"
    assert archive_id("Mongolian National Archive") == "org-mongolian-national-archive"


@pytest.mark.parametrize("repository", ["", "   ", "外交部档案馆", "!!!", "Ǆ ß"])
def test_archive_id_is_always_a_valid_id(repository):
    assert re.fullmatch(r"org-[a-z0-9-]+", archive_id(repository))


def test_archive_ids_of_known_archives_are_distinct_and_valid():
    ids = [archive_id(key) for key in ARCHIVES]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"org-[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids)


def test_archives_table_has_the_required_archives_with_full_names():
    required = ["APRF", "AVPRF", "RGASPI", "RGANI", "GARF", "RGAE", "RGVA", "TsAMO", "RGAKFD", "SAPMO-BArch",
                "BStU", "PA AA", "AAN", "AMSZ", "IPN", "MNL OL", "ÁBTL", "ANIC", "AMAE", "TsDA", "AMVnR", "NA",
                "AMZV", "PRC FMA", "NARA", "JFK Library", "LBJ Library", "TNA", "NMML", "MOFA Japan", "AMINREX"]
    assert all(ARCHIVES.get(key, "").strip() for key in required)
    assert ARCHIVES["APRF"] == "Archive of the President of the Russian Federation"


def test_every_known_archive_is_recognized_by_its_key():
    for key in ARCHIVES:
        (source,) = parse_citation(f"{W}{key}, f. 1, d. 2.")
        assert source.repository == key


citation_like = st.lists(
    st.sampled_from([
        "APRF", "AVPRF", "PRC FMA", "Nehru Memorial Museum and Library", "Mongolian Archive", "HDA SBU",
        ", ", "; ", " and ", ". ", "f. ", "op. ", "d. ", "ll. ", "k. ", "Box ", "Translated by ", "Source: ",
        "45", "0055-0056", "DY 30/3386", '"', "“", "”", "(", ")", "[", "]", "Wilson Center Digital Archive",
        "vol. ", "\n", " ",
    ]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=300), citation_like))
def test_never_raises_and_raw_is_a_substring(citation):
    sources = parse_citation(citation)
    assert isinstance(sources, tuple)
    for source in sources:
        assert source.raw and source.raw in citation
        assert source.repository
        assert archive_id(source.repository).startswith("org-")
        assert all(value for _, value in source.identifiers)
        if source.locus is not None:
            assert source.locus.text in source.raw
