"""The consumers' GraphQL documents, shipped inside the wheel as ``credit.operations``.

Data, not code: read them with ``credit.api.documents``. This file only lets an editable
install and importlib.resources find the folder (pyproject.toml maps it); ``graphql/``
itself must stay without one (it would shadow graphql-core, DESIGN §4).
"""
