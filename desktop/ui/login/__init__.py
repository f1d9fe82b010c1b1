"""The log-in window and the recovery-code dialog."""
