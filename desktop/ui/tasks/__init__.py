"""The Tasks area: my tasks, the overdue ones, those due this week, and the team's."""
