"""sms port and adapters."""
