"""Scheduled and queued jobs: thin, idempotent wrappers over services."""
