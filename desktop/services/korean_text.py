"""Korean text rules the interface and the documents need: particles (josa) that follow a word
inserted into a sentence, initial-consonant (초성) search on names, and class searches such as
"3-2" or "3학년 2반". Pure functions, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_FIRST = 0xAC00  # 가
_LAST = 0xD7A3  # 힣
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_RIEUL_FINAL = 8  # ㄹ as a final consonant (jongseong index)

# The final consonant of a digit's or a Latin letter's Korean reading: 0 none, 8 ㄹ, other > 0.
# Digits as read aloud in Sino-Korean (1 일, 2 이, 3 삼, …, 0 영); letters as Koreans name them
# (L 엘, M 엠, N 엔, R 알; the rest end in a vowel).
_DIGIT_FINAL = {"0": 21, "1": 8, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": 8, "8": 8, "9": 0}
_LETTER_FINAL = {"l": 8, "m": 16, "n": 4, "r": 8}

# Each particle pair as written in translations, after a placeholder: "{name}은(는)".
_PAIRS: dict[str, tuple[str, str]] = {
    # written form: (after a final consonant, after a vowel)
    "은(는)": ("은", "는"),
    "는(은)": ("은", "는"),
    "이(가)": ("이", "가"),
    "가(이)": ("이", "가"),
    "을(를)": ("을", "를"),
    "를(을)": ("을", "를"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
    "(으)로": ("으로", "로"),
    "(이)나": ("이나", "나"),
    "(이)라": ("이라", "라"),
}
_PATTERN = re.compile("|".join(re.escape(p) for p in sorted(_PAIRS, key=len, reverse=True)))
# Closing quotes, brackets and spaces are looked through to the word they close.
_TRANSPARENT = " \t”’\"')]}」』〉》"


def final_consonant(char: str) -> int | None:
    """The final consonant index (0 = none, 8 = ㄹ, other = another consonant) of how `char` is
    read, or None when it cannot be told (punctuation, other scripts)."""
    code = ord(char)
    if _FIRST <= code <= _LAST:
        return (code - _FIRST) % 28
    if char in _DIGIT_FINAL:
        return _DIGIT_FINAL[char]
    lower = char.lower()
    if "a" <= lower <= "z":
        return _LETTER_FINAL.get(lower, 0)
    return None


def _last_final(word: str) -> int | None:
    for char in reversed(word):
        if char in _TRANSPARENT:
            continue
        return final_consonant(char)
    return None


def josa(word: str, pair: str) -> str:
    """The particle of `pair` ("은(는)", "이(가)", "을(를)", "(으)로", "와(과)", …) that follows
    `word`: "김도담", "은(는)" → "은"; "학교", "(으)로" → "로"; "서울", "(으)로" → "로" (ㄹ takes 로).
    When the last letter cannot be read, both forms stay, as written."""
    consonant, vowel = _PAIRS[pair]
    final = _last_final(word)
    if final is None:
        return pair
    if pair == "(으)로" and final == _RIEUL_FINAL:
        return vowel
    return consonant if final else vowel


def with_josa(text: str) -> str:
    """`text` with every written-out particle pair ("“선정”(으)로", "{name}은(는)" once formatted)
    replaced by the form that fits the word before it: "“선정”으로 변경". Text without such a pair
    (English, for one) comes back unchanged."""
    if "(" not in text:
        return text
    parts: list[str] = []
    last = 0
    for match in _PATTERN.finditer(text):
        before = text[: match.start()]
        parts.append(text[last : match.start()])
        parts.append(josa(before, match.group(0)) if before.strip(_TRANSPARENT) else match.group(0))
        last = match.end()
    parts.append(text[last:])
    return "".join(parts)


def attach(word: str, pair: str) -> str:
    """`word` followed by the fitting particle: attach("김도담", "을(를)") → "김도담을"."""
    return word + josa(word, pair)


# --- initial-consonant search ----------------------------------------------------------------


def is_initial(char: str) -> bool:
    """True for a compatibility jamo consonant that can begin a syllable (ㄱ, ㄲ, ㄴ, …)."""
    return char in _INITIALS


def initial_of(char: str) -> str:
    """The initial consonant of a Hangul syllable (김 → ㄱ); other characters come back as they are."""
    code = ord(char)
    if _FIRST <= code <= _LAST:
        return _INITIALS[(code - _FIRST) // 588]
    return char


def initials(text: str) -> str:
    """Every syllable replaced by its initial consonant: "김도담" → "ㄱㄷㄷ"."""
    return "".join(initial_of(c) for c in text)


def _char_class(char: str) -> str:
    if is_initial(char):
        start = _FIRST + _INITIALS.index(char) * 588
        return f"[{char}{chr(start)}-{chr(start + 587)}]"
    return re.escape(char)


def name_matcher(query: str) -> Callable[[str], bool] | None:
    """A test for names matching `query` when it holds initial consonants, alone or mixed with
    syllables ("ㄱㄷ" and "김ㄷ" both find "김도담"), anywhere in the name; None when the query
    holds no initial consonant (a plain substring search then does)."""
    query = "".join(query.split())
    if not any(is_initial(c) for c in query):
        return None
    pattern = re.compile("".join(_char_class(c) for c in query), re.IGNORECASE)
    return lambda name: pattern.search(name) is not None


# --- class search --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClassQuery:
    """A search for a grade, or for one class of a grade."""

    grade: int
    class_no: int | None = None

    def matches(self, grade: int, class_no: int) -> bool:
        return grade == self.grade and (self.class_no is None or class_no == self.class_no)


_CLASS_PATTERNS = (
    re.compile(r"^(\d{1,2})\s*-\s*(\d{1,2})$"),  # 3-2
    re.compile(r"^(\d{1,2})\s*학년\s*(\d{1,2})\s*반?$"),  # 3학년 2반, 3학년 2
    re.compile(r"^(\d{1,2})\s*학년$"),  # 3학년
)


def class_query(text: str) -> ClassQuery | None:
    """The grade and class a search names ("3-2", "3학년 2반", "3학년 2", "3학년"), or None when
    it names none (a bare number is a student number, not a grade)."""
    text = text.strip()
    for pattern in _CLASS_PATTERNS:
        match = pattern.match(text)
        if match is not None:
            numbers = [int(g) for g in match.groups()]
            return ClassQuery(numbers[0], numbers[1] if len(numbers) > 1 else None)
    return None


def roster_search(text: str) -> Callable[[str, int, int], bool] | None:
    """A test `(name, grade, class_no) -> bool` for a roster search that a plain substring search
    cannot answer: a class ("3-2", "3학년 2반", "3학년") or initial consonants ("ㄱㄷ", "김ㄷ").
    None for any other text (the name, the student number: a substring search does)."""
    wanted = class_query(text)
    if wanted is not None:
        return lambda _name, grade, class_no: wanted.matches(grade, class_no)
    matcher = name_matcher(text)
    if matcher is not None:
        return lambda name, _grade, _class_no: matcher(name)
    return None
