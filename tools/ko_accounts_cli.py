"""Korean for the command line's account administration (`dodam account …`): the refusals it adds
to the "errors" context of the services."""

from __future__ import annotations

KO_ACCOUNTS_CLI: dict[tuple[str, str], str] = {
    (
        "errors",
        "Only an active administrator may manage staff accounts.",
    ): "활성 상태인 관리자만 교직원 계정을 관리할 수 있습니다.",
    ("errors", "There is no account named “{username}”."): "“{username}” 계정이 없습니다.",
}
