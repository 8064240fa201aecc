"""The web side: a local server that searches the archive and shows the slides."""

from clkarchive.web.app import create_app, serve
from clkarchive.web.guard import Settings, check_settings

__all__ = ["Settings", "check_settings", "create_app", "serve"]
