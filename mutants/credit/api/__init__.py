"""The GraphQL API (Strawberry) and the Starlette app: thin, it calls credit.services."""
