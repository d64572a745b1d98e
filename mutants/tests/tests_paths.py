"""Where the test suite finds the repository's documents and the shared contract."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPERATIONS = ROOT / "graphql" / "operations"
SCHEMA_FILE = ROOT / "graphql" / "schema.graphql"
CONTRACT = ROOT.parent / "shared" / "contract"
