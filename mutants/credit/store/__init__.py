"""Storage: Tortoise models, connection set-up, migrations and the few hand-tuned queries."""
