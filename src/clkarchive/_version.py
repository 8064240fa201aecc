"""The version, in one place: pyproject.toml reads it from here, and so does every module that names it.

A module of its own, imported by nothing but the package's leaves, so that naming the version
never imports the package root (and with it the Archive and everything behind it).
"""

__version__ = "0.1.0"
