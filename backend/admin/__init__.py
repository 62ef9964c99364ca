"""Admin site (amis) on Tortoise models: see the admin issue."""
