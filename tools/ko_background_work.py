"""Korean for work that runs in the background while the windows stay responsive: a view reading
its data, a document being prepared for print, a password or PIN being checked. Context = the class
whose self.tr it is."""

from __future__ import annotations

KO_BACKGROUND_WORK: dict[tuple[str, str], str] = {
    ("DataLoader", "Loading…"): "불러오는 중…",
    (
        "DataLoader",
        "The data could not be read. Press F5 to try again.",
    ): "자료를 읽지 못했습니다. F5 키를 눌러 다시 시도하세요.",
    ("PrintFlow", "Preparing the document…"): "문서를 만드는 중…",
    ("LockController", "Checking…"): "확인하는 중…",
    ("PinDialog", "Checking the password…"): "비밀번호를 확인하는 중…",
}
