"""Korean for issue 7 strings: Windows readiness."""

from __future__ import annotations

KO_F: dict[tuple[str, str], str] = {
    (
        "VaultMessages",
        "The school data cannot be kept in a network folder: two PCs using it at once could damage "
        "the database. Choose a folder on this PC's own disk (backups may go to a network folder).",
    ): "학교 자료는 네트워크 폴더에 둘 수 없습니다. 두 PC가 동시에 쓰면 데이터베이스가 손상될 수 있습니다. "
    "이 PC의 디스크에 있는 폴더를 선택하세요(백업은 네트워크 폴더에 둘 수 있습니다).",
}
