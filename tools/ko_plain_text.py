"""Korean for text kept as text: a roster whose CSV holds a control character anywhere in the file
is refused, naming the line and the character. Context = the class whose self.tr it is, or
"errors" for service messages."""

from __future__ import annotations

KO_PLAIN_TEXT: dict[tuple[str, str], str] = {
    (
        "errors",
        "{file} is not a readable roster file: line {line} holds a control character ({character}), "
        "which never occurs in a roster's text. Save the roster again from the school's system as CSV "
        "or XLSX and import that file.",
    ): "{file}은(는) 읽을 수 있는 명단 파일이 아닙니다. {line}번째 줄에 명단 글자에는 쓰이지 않는 "
    "제어 문자({character})가 있습니다. 학교 시스템에서 명단을 CSV 또는 XLSX로 다시 저장해 그 파일을 "
    "가져오세요.",
}
