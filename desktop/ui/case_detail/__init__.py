"""The case window: one case's overview, timeline, consents, plan, interventions, referrals and
notes, each tab a CasePanel."""
