"""tools/fill_ko.py: the .ts keeps the Korean texts; only new messages are filled."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CaseWindow</name>
    <message>
        <source>Case {code}</source>
        <translation>사례 {code}</translation>
    </message>
    <message>
        <source>Reload this case</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Something nobody translated</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
"""


def test_new_messages_are_filled_and_translated_ones_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(TOOLS))
    import fill_ko

    monkeypatch.setattr(fill_ko, "KO_NEW_IN_CONTEXT", {("CaseWindow", "Reload this case"): "사례 다시 읽기"})
    monkeypatch.setattr(fill_ko, "KO_NEW", {"%n case(s)": "사례 %n건", "Case {code}": "다른 번역"})
    ts = tmp_path / "dodam_ko.ts"
    ts.write_text(TS, encoding="utf-8")

    missing = fill_ko.fill(ts)

    text = ts.read_text(encoding="utf-8")
    assert "사례 {code}" in text and "다른 번역" not in text  # the .ts keeps what it holds
    assert "<translation>사례 다시 읽기</translation>" in text
    assert "<numerusform>사례 %n건</numerusform>" in text
    assert missing == [("CaseWindow", "Something nobody translated")]
    assert text.count('type="unfinished"') == 1
    sys.modules.pop("fill_ko", None)
