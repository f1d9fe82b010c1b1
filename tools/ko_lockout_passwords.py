"""Korean for the sealed lockout file, the rate-limited recovery dialog and the stronger password
rule (zxcvbn's reasons told in our own words). Context = the class or translate() context."""

from __future__ import annotations

KO_LOCKOUT_PASSWORDS: dict[tuple[str, str], str] = {
    # desktop/ui/login/messages.py
    (
        "VaultMessages",
        "The file that counts failed log-ins (school.lockout) was missing or damaged, so every "
        "account waits %n minute(s) before logging in (until {time}); this will be recorded in "
        "the audit log. The recovery code still works.",
    ): "로그인 실패 횟수를 세는 파일(school.lockout)이 없어졌거나 손상되어, 모든 계정이 %n분 동안 "
    "로그인을 기다려야 합니다({time}까지). 이 일은 접근 기록에 남습니다. 복구 코드는 그대로 쓸 수 있습니다.",
    # desktop/ui/lock/lock_controller.py
    (
        "LockController",
        "The file that counts failed log-ins was missing or damaged: the PIN is off "
        "until you unlock with your password.",
    ): "로그인 실패 횟수를 세는 파일이 없어졌거나 손상되어, 비밀번호로 잠금을 풀 때까지 PIN을 쓸 수 없습니다.",
    # desktop/ui/login/recovery_dialog.py
    (
        "RecoveryDialog",
        "Too many wrong recovery codes. Wait %n minute(s), then try again (until {time}).",
    ): "잘못된 복구 코드를 너무 많이 입력했습니다. %n분 뒤에 다시 시도하세요({time}까지).",
    # desktop/ui/widgets/password_rules.py
    (
        "PasswordRules",
        "The password needs at least 10 characters ({n} so far).",
    ): "비밀번호는 10자 이상이어야 합니다(지금 {n}자).",
    (
        "PasswordRules",
        "This is a commonly used password (or close to one), which is guessed first.",
    ): "흔히 쓰는 비밀번호(또는 그와 비슷한 것)라서 가장 먼저 추측됩니다.",
    (
        "PasswordRules",
        "The password contains the user's name or the school's name, which others can guess.",
    ): "비밀번호에 사용자 이름이나 학교 이름이 들어 있어 다른 사람이 추측할 수 있습니다.",
    (
        "PasswordRules",
        "Keyboard rows, repeated characters, sequences and dates are easy to guess.",
    ): "자판 배열, 반복되는 글자, 연속된 문자와 날짜는 추측하기 쉽습니다.",
    (
        "PasswordRules",
        "The password is easy to guess: add another word or two. Unusual words are better.",
    ): "추측하기 쉬운 비밀번호입니다. 낱말을 한두 개 더 넣으세요. 흔하지 않은 낱말일수록 좋습니다.",
    (
        "PasswordRules",
        "At least 10 characters, not a common password and not built on your name or the school's. "
        "A few words with spaces are easy to remember and hard to guess.",
    ): "10자 이상, 흔한 비밀번호가 아니고 이름이나 학교 이름을 바탕으로 하지 않은 것. "
    "낱말 몇 개를 띄어 쓰면 기억하기 쉽고 추측하기는 어렵습니다.",
    # desktop/services/accounts.py (service refusals)
    ("errors", "The password needs at least 10 characters."): "비밀번호는 10자 이상이어야 합니다.",
    (
        "errors",
        "This is a commonly used password (or close to one), which is guessed first.",
    ): "흔히 쓰는 비밀번호(또는 그와 비슷한 것)라서 가장 먼저 추측됩니다.",
    (
        "errors",
        "The password contains the user's name or the school's name, which others can guess.",
    ): "비밀번호에 사용자 이름이나 학교 이름이 들어 있어 다른 사람이 추측할 수 있습니다.",
    (
        "errors",
        "Keyboard rows, repeated characters, sequences and dates are easy to guess.",
    ): "자판 배열, 반복되는 글자, 연속된 문자와 날짜는 추측하기 쉽습니다.",
    (
        "errors",
        "The password is easy to guess: add another word or two. Unusual words are better.",
    ): "추측하기 쉬운 비밀번호입니다. 낱말을 한두 개 더 넣으세요. 흔하지 않은 낱말일수록 좋습니다.",
}
