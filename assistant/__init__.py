"""The PAR assistant: Vietnamese document QA over administrative-reform (CCHC) plans, decisions and directives."""

__version__ = "0.1.0"
