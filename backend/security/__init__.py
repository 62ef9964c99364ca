"""Cryptography, password hashing, tokens and masking."""
