"""his port and adapters."""
