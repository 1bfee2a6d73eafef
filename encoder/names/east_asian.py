"""Chinese, Korean and Vietnamese names: written surname first, in several romanizations.

"Chou En-lai", "Wang Ping-nan", "Kim Il Sung", "Pak Seong-cheol", "Ngo Dinh Diem": the
first word is the family name, the rest the given name, often as hyphenated syllables.
Persons lists write them so, uninverted, next to "Dulles, John Foster"; texts shorten them
to the family name ("Chou's message", "talks with Wang"). Both the registry reader and the
matcher need to know such a name when they see one.
"""

from __future__ import annotations

import re

from .tokens import unaccented

# Common family names in pinyin, Wade-Giles, Korean (McCune-Reischauer, Revised, North
# Korean usage) and Vietnamese spellings.
SURNAMES = frozenset("""
Wang Li Lee Zhang Chang Liu Chen Ch'en Yang Huang Hwang Zhao Chao Wu Zhou Chou Xu Hsu Hsü Sun Ma Zhu
Chu Hu Guo Kuo He Gao Kao Lin Luo Lo Zheng Cheng Liang Xie Hsieh Song Sung Soong Tang T'ang Han
Feng Deng Teng Cao Ts'ao Tsao Peng P'eng Zeng Tseng Xiao Hsiao Tian T'ien Tien Dong Tung Pan
P'an Yuan Cai Ts'ai Tsai Jiang Chiang Yu Du Tu Ye Yeh Wei Su Lu Ding Ting Ren Jen Shen Yao
Cui Ts'ui Zhong Chung Tan T'an Wan Fan Fu Qian Ch'ien Chien Kang K'ang Mao Qiao Ch'iao Lai Xiong
Hsiung Bo Po Nie Nieh Rao Jao Ke Ko Geng Keng Lei Long Kong K'ung Kung Bai Pai Shi Shih Sheng
Tsiang Kiang Koo Wong Chow Chan Leung Cheung Lam Ng Lau Tse Fung Kwok Yip Mak Sze Yen Ku Kuan Hsueh
Chien Tsang Tsou Tsui Tsao Tsai Teh Shao Kan Kao Hsia Hsiang Hsin Hsing
Dai Tai Gu Ku Wen Zou Tsou Qin Ch'in Xi Hsi Liao Tao T'ao Xiang Hsiang Ji Chi Hao Ou Tong
Kim Pak Park Choe Choi Ch'oe Ri Rhee Yi Jong Chong Chŏng Cho Jo Yun Yoon Hong Nam Paek Baek
Ryu Kwon Kwŏn Hyon Hyŏn O Oh An Ahn Sin Shin Chae Ch'ae Kye Ryom Ryŏm Pang Nam Mun Moon Sŏ Seo
Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Phan Vu Vũ Vo Võ Dang Đặng Bui Bùi
Do Đỗ Ho Hồ Ngo Ngô Duong Dương Ly Lý Trinh Trịnh Truong Trương Dinh Đinh Mai Ton Tôn Hoang
""".split())

# One romanized syllable: an optional initial, a vowel group, an optional final ("l" ends
# Korean syllables only: "Il", "Chol"; "nh" and "ch" Vietnamese ones: "Minh", "Bich").
_INITIAL = r"(?:zh|ch|sh|ts|tz|hs|ph|th|kh|tr|gi|nh|ng|ss|[bpmfdtnlgkhjqxrzcswyv])?['’]?"
_VOWELS = r"(?:[aeiouyüöŏŭ]|ư|ơ|â|ê|ô|ă){1,3}"
_SYLLABLE = rf"{_INITIAL}{_VOWELS}(?:ng|nh|ch|n|m|r|k|p|t|h|l|c)?"
_PINYIN = rf"{_INITIAL}{_VOWELS}(?:ng|n)?"
_GIVEN_WORD = re.compile(rf"(?i:{_SYLLABLE}|{_PINYIN}{_SYLLABLE})")
_GIVEN_HYPHENATED = re.compile(rf"(?i:{_SYLLABLE}[-‐]{_SYLLABLE})")


def is_surname(word: str) -> bool:
    return word in SURNAMES or word.capitalize() in SURNAMES


def is_given_part(word: str, *, hyphenated_only: bool = False) -> bool:
    """A capitalized word that reads as (part of) a romanized given name: "En-lai",
    "Seong-cheol", "Zedong", "Il", "Sung", "Hùng"; with ``hyphenated_only``, only "Xxx-xxx"."""
    if not word[:1].isupper():
        return False
    word = unaccented(word)
    if _GIVEN_HYPHENATED.fullmatch(word):
        return True
    return not hyphenated_only and _GIVEN_WORD.fullmatch(word) is not None


def is_surname_first(words: list[str]) -> bool:
    """True for an uninverted name of two or three words read surname first:
    a family name, then one or two words of a romanized given name ("Chou En-lai",
    "Kim Il Sung", "Ngo Dinh Diem"; not "Kim Philby", "Lee Harvey Oswald")."""
    if not 2 <= len(words) <= 3 or not is_surname(words[0]):
        return False
    rest = words[1:]
    if len(rest) == 1 and is_given_part(rest[0], hyphenated_only=True):
        return True
    return all(is_given_part(w) for w in rest) and all(len(w) <= 8 for w in rest)


# Chinese family names in pinyin (for the two-syllable given-name rule above).
CHINESE_SURNAMES = frozenset("""Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin
Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Wei
Su Lu Ding Ren Shen Yao Cui Zhong Tan Wan Fan Fu Qian Kang Mao Qiao Lai Xiong Bo Nie Rao Ke Geng Lei
Long Kong Bai Shi Sheng Dai Gu Wen Zou Qin Xi Liao Tao Xiang Ji Hao Ou Tong Bao Zhu Lü Gong Hong Qi
Ye Yin Yan Mei Meng Qu Rong Sha Shu Tao Wu Xia Xue Yue Zhai Zhan""".split())

KOREAN_SURNAMES = frozenset("""Kim Pak Park Choe Choi Ch'oe Ri Rhee Yi Lee Jong Chong Chŏng Cho Jo Yun
Yoon Hong Nam Paek Baek Ryu Kwon Kwŏn Hyon Hyŏn O Oh An Ahn Sin Shin Chae Kye Ryom Ryŏm Pang Mun
Moon Han Kang Ho Song Chu Im Yim Chon Chŏn Jeon Hwang Ko Yu""".split())
VIETNAMESE_SURNAMES = frozenset("""Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Phan Vu Vũ
Vo Võ Dang Đặng Bui Bùi Do Đỗ Ho Hồ Ngo Ngô Duong Dương Ly Lý Trinh Trịnh Truong Trương Dinh Đinh
Mai Ton Tôn""".split())
# Vietnamese middle names that mark a personal name ("Nguyen Van Thieu", "Nguyen Thi Binh").
VIETNAMESE_MIDDLE = frozenset("""Van Văn Thi Thị Duc Đức Huu Hữu Dinh Đình Ngoc Ngọc Quang Xuan Xuân
Cong Công Manh Mạnh Tien Tiến Ba Bá Khac Khắc Chi Chí""".split())

# A capitalized word after a space, its possessive "'s" left out ("Ri Sang-jo's letter").
_WORD_AT = re.compile(r"\]? ([A-ZÀ-ÝĐ]\w*(?:['’]\w+)?(?:[-‐]\w+)?)(?<!['’]s)(?:['’]s\b)?")

# Pinyin: the closed set of Mandarin syllables, as initial + final. An unhyphenated given
# name of an unknown person counts only when it is exactly two of them ("Chengzhi",
# "Nianlong"): ordinary words and other names seldom are.
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
                    r"|ua|uo|ui|ue|ve|er|a|o|e|i|u|v|ü)")
_PINYIN_TWO = re.compile(rf"{_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}")


def full_name_end(text: str, start: int, end: int, *, known_surname: bool = False) -> int | None:
    """Where a surname-first personal name that begins with the family name at
    ``text[start:end]`` ends, or None if no given name follows it.

    "Pak Seong-cheol", "Choe Won-sik" (a hyphenated given name after any such family name);
    "Pak Dong Cho" (a Korean family name and two one-syllable words); "Nguyen Van Thieu" (a
    Vietnamese family name and a middle name); with ``known_surname`` (the registry has
    persons of that family name), also one unhyphenated given name: "Zhang Motang".
    """
    surname = text[start:end]
    if not is_surname(surname):
        return None
    first = _WORD_AT.match(text, end)
    if not first:
        return None
    word = first.group(1)
    if is_given_part(word, hyphenated_only=True):
        return first.end(1)
    if "-" in word or "‐" in word or not is_given_part(word):
        return None
    second = _WORD_AT.match(text, first.end())
    if surname in KOREAN_SURNAMES and second and len(word) <= 5 and len(second.group(1)) <= 5 \
            and _one_syllable(word) and _one_syllable(second.group(1)):
        return second.end(1)
    if surname in VIETNAMESE_SURNAMES and word in VIETNAMESE_MIDDLE and second \
            and is_given_part(second.group(1)):
        return second.end(1)
    if known_surname and len(word) >= 3:
        return first.end(1)
    if surname in CHINESE_SURNAMES and 4 <= len(word) <= 8 and _PINYIN_TWO.fullmatch(word.lower()):
        return first.end(1)  # "Liao Chengzhi", "Han Nianlong"
    return None


def _one_syllable(word: str) -> bool:
    return re.fullmatch(rf"(?i:{_SYLLABLE})", word) is not None
