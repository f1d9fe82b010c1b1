"""Korean for the signed head of the audit log on the monthly review screen (the head signed with
the school's audit key at administrators' log-ins, backups and reviews). Context = AuditReviewView."""

from __future__ import annotations

KO_AUDIT_ANCHOR: dict[tuple[str, str], str] = {
    (
        "AuditReviewView",
        "Signed head: none yet (an administrator's log-in signs the audit log).",
    ): "서명된 기록 끝: 아직 없음(관리자가 로그인하면 접근 기록에 서명합니다).",
    (
        "AuditReviewView",
        "Signed head: {n} events, hash {hash}…, signed {when} by {signer}; verified: {verified}.",
    ): "서명된 기록 끝: 기록 {n}건, 해시 {hash}…, {when} {signer} 서명; 검증: {verified}.",
    ("AuditReviewView", "yes"): "예",
    ("AuditReviewView", "no"): "아니요",
}
