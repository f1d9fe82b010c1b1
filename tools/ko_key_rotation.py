"""Korean for re-encrypting the school after a password was revoked (the progress dialog and its
steps, desktop/ui/key_rotation.py and desktop/storage/rekey.py). Context = the translate() context."""

from __future__ import annotations

KO_KEY_ROTATION: dict[tuple[str, str], str] = {
    ("KeyRotation", "Re-encrypting the school data"): "학교 자료 다시 암호화",
    (
        "KeyRotation",
        "Re-encrypting the school data so that the old password opens nothing…",
    ): "이전 비밀번호로는 아무것도 열 수 없도록 학교 자료를 다시 암호화하고 있습니다…",
    (
        "KeyRotation",
        "The school data could not be re-encrypted now, so the old password may still open copies of "
        "it. Dodam tries again when it closes and at the next log-in.",
    ): "지금은 학교 자료를 다시 암호화하지 못했습니다. 그동안 이전 비밀번호로 자료 사본을 열 수 있을 수 "
    "있습니다. 도담을 닫을 때와 다음 로그인 때 다시 시도합니다.",
    ("rekey", "Re-encrypting the database…"): "데이터베이스를 다시 암호화하는 중…",
    ("rekey", "Writing the new key file…"): "새 키 파일을 쓰는 중…",
    ("rekey", "Installing the new key file…"): "새 키 파일을 적용하는 중…",
    ("rekey", "Done"): "완료",
}
