"""Transports of the intranet/extranet exchange: they move sealed batches, never read them."""
