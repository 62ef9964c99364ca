"""Business rules. Routes, admin pages and jobs call these and nothing below them."""
