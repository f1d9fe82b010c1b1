"""Support requests: filing one, and the coordinator's intake queue."""
