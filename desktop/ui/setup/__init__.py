"""First-run set-up wizard: the school, the first coordinator account and the recovery code."""
