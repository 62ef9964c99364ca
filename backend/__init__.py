"""Patient follow-up platform (随访系统): backend package."""
