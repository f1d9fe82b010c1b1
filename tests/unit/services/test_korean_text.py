"""Particles after inserted words, initial-consonant name search and class searches."""

from __future__ import annotations

import pytest

from desktop.services.korean_text import (
    ClassQuery,
    attach,
    class_query,
    initials,
    josa,
    name_matcher,
    with_josa,
)


@pytest.mark.parametrize(
    ("word", "pair", "expected"),
    [
        ("김도담", "은(는)", "은"),
        ("이하나", "은(는)", "는"),
        ("선정", "(으)로", "으로"),
        ("지원 중", "(으)로", "으로"),
        ("종결", "(으)로", "로"),  # ㄹ takes 로
        ("학교", "(으)로", "로"),
        ("상담", "을(를)", "을"),
        ("회의", "을(를)", "를"),
        ("학생", "이(가)", "이"),
        ("교사", "이(가)", "가"),
        ("학생", "와(과)", "과"),
        ("교사", "와(과)", "와"),
        # Digits by their Korean reading: 1 일, 2 이, 3 삼, 6 육, 10 십.
        ("2026-0012", "은(는)", "는"),
        ("3", "을(를)", "을"),
        ("10", "(으)로", "으로"),
        ("7", "(으)로", "로"),
        # Latin letters as named in Korean: L 엘, M 엠, the rest end in a vowel.
        ("XLSX", "을(를)", "를"),
        ("HTML", "(으)로", "로"),
        ("PDF", "이(가)", "가"),
        ("CSV", "와(과)", "와"),
        ("“선정”", "(으)로", "으로"),  # the closing quote is looked through
    ],
)
def test_josa_fits_the_last_syllable(word: str, pair: str, expected: str) -> None:
    assert josa(word, pair) == expected


def test_josa_keeps_both_forms_when_the_word_cannot_be_read() -> None:
    assert josa("…", "은(는)") == "은(는)"
    assert attach("김도담", "을(를)") == "김도담을"


def test_with_josa_resolves_every_pair_in_a_formatted_sentence() -> None:
    assert with_josa("“선정”(으)로 변경") == "“선정”으로 변경"
    assert with_josa("“종결”(으)로 변경…") == "“종결”로 변경…"
    assert with_josa("2026-11은(는) 이미 김도담이(가) 검토했습니다.") == (
        "2026-11은 이미 김도담이 검토했습니다."
    )
    assert with_josa("명단.xlsx은(는) 읽을 수 없습니다") == "명단.xlsx는 읽을 수 없습니다"
    assert with_josa("Move to “selected”") == "Move to “selected”"
    assert with_josa("(으)로 시작") == "(으)로 시작"  # nothing before it to fit


def test_initials_and_mixed_name_search() -> None:
    assert initials("김도담") == "ㄱㄷㄷ"
    for query in ("ㄱㄷ", "김ㄷ", "ㄱ도", "ㄷㄷ", "ㄱ ㄷ ㄷ"):
        matcher = name_matcher(query)
        assert matcher is not None and matcher("김도담"), query
    matcher = name_matcher("ㄱㄷ")
    assert matcher is not None and not matcher("김하나")
    mixed = name_matcher("김ㄷ")
    assert mixed is not None and not mixed("이도담")
    assert name_matcher("김도") is None  # no initial consonant: a plain search does


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-2", ClassQuery(3, 2)),
        ("3 - 12", ClassQuery(3, 12)),
        ("3학년 2반", ClassQuery(3, 2)),
        ("3학년2반", ClassQuery(3, 2)),
        ("3학년 2", ClassQuery(3, 2)),
        ("3학년", ClassQuery(3, None)),
        ("30215", None),
        ("3", None),
        ("김도담", None),
    ],
)
def test_class_queries(text: str, expected: ClassQuery | None) -> None:
    assert class_query(text) == expected


def test_class_query_matches_grade_and_class() -> None:
    assert ClassQuery(3, 2).matches(3, 2)
    assert not ClassQuery(3, 2).matches(3, 12)
    assert ClassQuery(3).matches(3, 7)
    assert not ClassQuery(3).matches(2, 3)
