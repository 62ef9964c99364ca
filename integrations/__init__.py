"""Ports and adapters to the outside world (filled by later issues)."""
