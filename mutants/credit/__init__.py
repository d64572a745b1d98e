"""Safety credit service: the system of record for enterprises' work-safety (安全生产) credit."""

__version__ = "0.1.0"
