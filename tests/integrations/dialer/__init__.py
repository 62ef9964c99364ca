"""Dialer drivers against loopback PBX servers."""
