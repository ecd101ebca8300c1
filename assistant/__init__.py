"""The PAR assistant: Vietnamese document QA over Lai Châu administrative-reform plans."""

__version__ = "0.1.0"
