"""Loopback servers that speak outside systems' real wire protocols on 127.0.0.1."""
