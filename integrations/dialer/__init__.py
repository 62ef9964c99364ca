"""dialer port and adapters."""
