"""Korean for issue 6 strings (performance): the case list read in two steps."""

from __future__ import annotations

KO_E: dict[tuple[str, str], str] = {
    ("CasesView", "Loading cases…"): "사례를 불러오는 중…",
    (
        "CasesView",
        "Only the first {n} cases could be read. Open the Cases area again to retry.",
    ): "처음 {n}건의 사례만 읽었습니다. 사례 영역을 다시 열어 다시 시도하세요.",
}
