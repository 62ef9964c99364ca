"""JSON API under /api/v1: thin routes (deps -> service -> schema)."""
