"""Idle auto-lock, the lock screen and quick unlock with a PIN (DESIGN §1.5, §3)."""
